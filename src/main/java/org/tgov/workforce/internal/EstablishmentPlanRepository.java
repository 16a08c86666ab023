package org.tgov.workforce.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.tgov.workforce.EstablishmentPlan;

public interface EstablishmentPlanRepository extends JpaRepository<EstablishmentPlan, Long> {

    List<EstablishmentPlan> findByProgrammeIdOrderByFinancialYear(Long programmeId);

    Optional<EstablishmentPlan> findByProgrammeIdAndFinancialYear(Long programmeId, int financialYear);
}
