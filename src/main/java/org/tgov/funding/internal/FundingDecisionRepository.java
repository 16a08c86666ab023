package org.tgov.funding.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Decisions are always read with their tranches and sources, in one query for a page. */
public interface FundingDecisionRepository extends JpaRepository<FundingDecision, Long> {

    @Query("select distinct d from FundingDecision d left join fetch d.tranches left join fetch d.sources where d.id = :id")
    Optional<FundingDecision> findVisible(Long id);

    @Query("select distinct d from FundingDecision d left join fetch d.tranches left join fetch d.sources where d.programmeId = :programmeId order by d.decidedOn, d.reference")
    List<FundingDecision> findWithTranches(Long programmeId);

    @Query("select distinct d from FundingDecision d left join fetch d.tranches left join fetch d.sources where d.id in :ids")
    List<FundingDecision> findWithTranchesByIds(Collection<Long> ids);

    /** Serialises spend and commitments charged to the same decision so two entries cannot both pass the limit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from FundingDecision d where d.id in :ids order by d.id")
    List<FundingDecision> lockAll(Collection<Long> ids);

    boolean existsByProgrammeIdAndReferenceIgnoreCase(Long programmeId, String reference);

    @Query("select count(d) > 0 from FundingDecision d where d.programmeId = :programmeId and lower(d.reference) = lower(:reference) and d.id <> :id")
    boolean existsOtherWithReference(Long programmeId, String reference, Long id);
}
