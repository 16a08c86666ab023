package org.tgov.budget.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Cost lines are read with their streams by year and their savings targets, in one query for a page. */
public interface CostLineRepository extends JpaRepository<CostLine, Long> {

    @Query("select distinct c from CostLine c left join fetch c.streams left join fetch c.savingsTargetIds where c.id = :id")
    Optional<CostLine> findVisible(Long id);

    @Query("""
            select distinct c from CostLine c left join fetch c.streams left join fetch c.savingsTargetIds
            where c.programmeId = :programmeId order by c.code""")
    List<CostLine> findByProgrammeIdOrderByCode(Long programmeId);

    @Query("""
            select distinct c from CostLine c left join fetch c.streams left join fetch c.savingsTargetIds
            where c.programmeId = :programmeId and c.code in :codes""")
    List<CostLine> findByProgrammeIdAndCodeIn(Long programmeId, Collection<String> codes);

    @Query("select distinct c from CostLine c left join fetch c.streams left join fetch c.savingsTargetIds where c.id in :ids")
    List<CostLine> findWithDetails(Collection<Long> ids);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CostLine c where c.id in :ids order by c.id")
    List<CostLine> lockAll(Collection<Long> ids);

    boolean existsByProgrammeIdAndIllustrativeTrue(Long programmeId);

    boolean existsByProgrammeIdAndCode(Long programmeId, String code);

    @Query("select count(c) > 0 from CostLine c where c.programmeId = :programmeId and c.code = :code and c.id <> :id")
    boolean existsOtherWithCode(Long programmeId, String code, Long id);
}
