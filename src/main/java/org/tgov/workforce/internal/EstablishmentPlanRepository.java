package org.tgov.workforce.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EstablishmentPlanRepository extends JpaRepository<EstablishmentPlan, Long> {

    List<EstablishmentPlan> findByProgrammeIdOrderByFinancialYear(Long programmeId);

    Optional<EstablishmentPlan> findByProgrammeIdAndFinancialYear(Long programmeId, org.tgov.shared.FinancialYear financialYear);
}
