package org.tgov.spend.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActualSpendRepository extends JpaRepository<ActualSpend, Long> {

    List<ActualSpend> findByCostLineIdOrderByMonthAscIdAsc(Long costLineId);

    /** One cost line's actual spend by month. */
    @Query("""
            select new org.tgov.spend.internal.MonthSpend(s.month, sum(s.amount)) from ActualSpend s
            where s.costLineId = :costLineId group by s.month order by s.month""")
    List<MonthSpend> monthly(Long costLineId);
}
