package org.tgov.budget.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetEntryRepository extends JpaRepository<BudgetEntry, Long> {

    List<BudgetEntry> findByCostLineIdOrderByRecordedAtAscIdAsc(Long costLineId);
}
