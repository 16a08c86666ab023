package org.tgov.budget.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.tgov.budget.ForecastOutturn;

public interface ForecastOutturnRepository extends JpaRepository<ForecastOutturn, Long> {

    Optional<ForecastOutturn> findByCostLineIdAndFinancialYear(Long costLineId, int financialYear);

    List<ForecastOutturn> findByCostLineIdOrderByFinancialYear(Long costLineId);
}
