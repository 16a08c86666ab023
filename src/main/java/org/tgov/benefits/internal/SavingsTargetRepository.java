package org.tgov.benefits.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SavingsTargetRepository extends JpaRepository<SavingsTarget, Long> {

    @Query("select t from SavingsTarget t where t.id = :id")
    Optional<SavingsTarget> findVisible(Long id);

    List<SavingsTarget> findByProgrammeIdOrderByFinancialYearAscIdAsc(Long programmeId);
}
