package org.tgov.reporting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.tgov.budget.CostLine;

/**
 * The database's sums behind every finance table: each measure grouped by cost line and financial
 * year for a programme. A page costs these few queries whatever the amount of data.
 * Rows are [cost line id, financial year, amount].
 */
public interface FinanceFactsRepository extends Repository<CostLine, Long> {

    @Query("""
            select b.costLineId, b.financialYear, sum(b.amount) from BudgetEntry b, CostLine c
            where b.costLineId = c.id and c.programmeId = :programmeId group by b.costLineId, b.financialYear""")
    List<Object[]> budget(Long programmeId);

    @Query("""
            select s.costLineId, s.financialYear, sum(s.amount) from ActualSpend s, CostLine c
            where s.costLineId = c.id and c.programmeId = :programmeId group by s.costLineId, s.financialYear""")
    List<Object[]> actual(Long programmeId);

    @Query("""
            select f.costLineId, f.financialYear, f.amount from ForecastOutturn f, CostLine c
            where f.costLineId = c.id and c.programmeId = :programmeId""")
    List<Object[]> forecast(Long programmeId);

    @Query("""
            select m.costLineId, m.financialYear, sum(m.amount) from Commitment m, CostLine c
            where m.costLineId = c.id and c.programmeId = :programmeId
              and m.status = org.tgov.spend.Commitment.Status.OPEN
            group by m.costLineId, m.financialYear""")
    List<Object[]> committed(Long programmeId);

    /** Rows are [funding stream id, financial year, amount]. */
    @Query("""
            select a.stream.id, a.financialYear, sum(a.amount) from FundingStreamAmount a
            where a.stream.programmeId = :programmeId group by a.stream.id, a.financialYear""")
    List<Object[]> funding(Long programmeId);

    /** Rows are [financial year, planned, delivered, cashable delivered]. */
    @Query("""
            select t.financialYear, sum(t.planned), sum(t.delivered),
                   sum(case when t.cashable = true then t.delivered else 0 end)
            from SavingsTarget t where t.programmeId = :programmeId group by t.financialYear order by t.financialYear""")
    List<Object[]> savings(Long programmeId);

    /** Rows are [financial year, average permanent FTE, average agency FTE, months reported]. */
    @Query("""
            select a.financialYear, avg(a.permanentFte), avg(a.agencyFte), count(a) from EstablishmentActual a
            where a.programmeId = :programmeId group by a.financialYear order by a.financialYear""")
    List<Object[]> establishment(Long programmeId);

    /** Rows are [year-month start date, amount] of actual spend for one cost line. */
    @Query("""
            select s.month, sum(s.amount) from ActualSpend s where s.costLineId = :costLineId
            group by s.month order by s.month""")
    List<Object[]> monthlyActuals(Long costLineId);
}
