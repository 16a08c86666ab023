package org.tgov.budget.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.tgov.budget.CostLine;

public interface CostLineRepository extends JpaRepository<CostLine, Long> {

    @Query("select c from CostLine c where c.id = :id")
    Optional<CostLine> findVisible(Long id);

    List<CostLine> findByProgrammeIdOrderByCode(Long programmeId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CostLine c where c.id in :ids order by c.id")
    List<CostLine> lockAll(Collection<Long> ids);

    List<CostLine> findByProgrammeIdAndCodeIn(Long programmeId, Collection<String> codes);

    boolean existsByProgrammeIdAndIllustrativeTrue(Long programmeId);

    boolean existsByProgrammeIdAndCode(Long programmeId, String code);

    @Query("select count(c) > 0 from CostLine c where c.programmeId = :programmeId and c.code = :code and c.id <> :id")
    boolean existsOtherWithCode(Long programmeId, String code, Long id);
}
