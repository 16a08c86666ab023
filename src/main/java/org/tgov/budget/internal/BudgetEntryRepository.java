package org.tgov.budget.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.budget.BudgetEntry;

public interface BudgetEntryRepository extends JpaRepository<BudgetEntry, Long> {

    List<BudgetEntry> findByCostLineIdOrderByRecordedAtAscIdAsc(Long costLineId);

    /** Rows of [financial year, budget] for one cost line. */
    @Query("select b.financialYear, sum(b.amount) from BudgetEntry b where b.costLineId = :costLineId group by b.financialYear")
    List<Object[]> budgetByYear(Long costLineId);
}
