package org.tgov.budget.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.shared.FinancialYear;

public interface ForecastOutturnRepository extends JpaRepository<ForecastOutturn, Long> {

    Optional<ForecastOutturn> findByCostLineIdAndFinancialYear(Long costLineId, FinancialYear financialYear);

    List<ForecastOutturn> findByCostLineIdOrderByFinancialYear(Long costLineId);

    @Query("select f from ForecastOutturn f where f.costLineId in (select c.id from CostLine c where c.programmeId = :programmeId)")
    List<ForecastOutturn> ofProgramme(Long programmeId);

    List<ForecastOutturn> findByCostLineIdIn(Collection<Long> costLineIds);
}
