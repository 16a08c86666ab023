package org.tgov.funding.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FundingStreamRepository extends JpaRepository<FundingStream, Long> {

    @Query("select distinct s from FundingStream s left join fetch s.amounts where s.id = :id")
    Optional<FundingStream> findVisible(Long id);

    @Query("select distinct s from FundingStream s left join fetch s.amounts where s.programmeId = :programmeId order by s.name")
    List<FundingStream> findWithAmounts(Long programmeId);

    @Query("select s.id from FundingStream s where s.programmeId = :programmeId")
    List<Long> idsOf(Long programmeId);

    boolean existsByProgrammeIdAndNameIgnoreCase(Long programmeId, String name);

    @Query("select count(s) > 0 from FundingStream s where s.programmeId = :programmeId and lower(s.name) = lower(:name) and s.id <> :id")
    boolean existsOtherNamed(Long programmeId, String name, Long id);
}
