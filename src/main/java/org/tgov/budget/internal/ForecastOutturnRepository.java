package org.tgov.budget.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.tgov.shared.FinancialYear;

public interface ForecastOutturnRepository extends JpaRepository<ForecastOutturn, Long> {

    Optional<ForecastOutturn> findByCostLineIdAndFinancialYear(Long costLineId, FinancialYear financialYear);

    List<ForecastOutturn> findByCostLineIdOrderByFinancialYear(Long costLineId);

    List<ForecastOutturn> findByCostLineIdIn(Collection<Long> costLineIds);
}
