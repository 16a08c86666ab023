package org.tgov.budget.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads and moves cost lines' figures. A movement adds to the row of the line and year, creating it
 * first when it is the year's first figure; both statements run in the caller's transaction.
 */
public interface CostLineFiguresRepository extends Repository<CostLineFigures, CostLineFigures.Key> {

    /**
     * Every line's figures by year with its forecast, in one query: a forecast for a year without
     * other figures still makes a row. Native, so it names the organisation itself. Each row is
     * cost line, year, budget, actual, committed, forecast (null while none is set), as plain arrays:
     * a programme has hundreds of rows, which projections would wrap one by one.
     */
    @Query(value = """
            select f.cost_line_id as costLineId, f.financial_year as financialYear, f.budget as budget, f.actual as actual,
                   f.committed as committed, o.amount as forecast
            from cost_line_figures f
            left join forecast_outturn o on o.cost_line_id = f.cost_line_id and o.financial_year = f.financial_year
            where f.organisation_id = :organisationId and f.programme_id = :programmeId
            union all
            select o.cost_line_id, o.financial_year, 0, 0, 0, o.amount from forecast_outturn o join cost_line c on c.id = o.cost_line_id
            where o.organisation_id = :organisationId and c.programme_id = :programmeId and not exists (select 1 from cost_line_figures f
                  where f.cost_line_id = o.cost_line_id and f.financial_year = o.financial_year)
            order by 1, 2""", nativeQuery = true)
    List<Object[]> withForecasts(Long organisationId, Long programmeId);

    /**
     * One line's figures by year with its forecast as finance set it (amount, version, when, by whom,
     * why), in one query, as {@link #withForecasts} for a programme.
     */
    @Query(value = """
            select f.cost_line_id as costLineId, f.financial_year as financialYear, f.budget as budget, f.actual as actual,
                   f.committed as committed, o.amount as forecast, o.version as forecastVersion, o.updated_at as forecastUpdatedAt,
                   o.updated_by as forecastUpdatedBy, o.reason as forecastReason
            from cost_line_figures f
            left join forecast_outturn o on o.cost_line_id = f.cost_line_id and o.financial_year = f.financial_year
            where f.organisation_id = :organisationId and f.cost_line_id = :costLineId
            union all
            select o.cost_line_id, o.financial_year, 0, 0, 0, o.amount, o.version, o.updated_at, o.updated_by, o.reason
            from forecast_outturn o
            where o.organisation_id = :organisationId and o.cost_line_id = :costLineId and not exists (select 1 from cost_line_figures f
                  where f.cost_line_id = o.cost_line_id and f.financial_year = o.financial_year)
            order by 1, 2""", nativeQuery = true)
    List<LineYearFigures> withForecastsOfLine(Long organisationId, Long costLineId);

    List<CostLineFigures> findByCostLineIdOrderByFinancialYear(Long costLineId);

    List<CostLineFigures> findByCostLineIdIn(Collection<Long> costLineIds);

    @Modifying
    @Query(value = """
            insert into cost_line_figures (cost_line_id, financial_year, organisation_id, programme_id, budget, actual, committed)
            values (:costLineId, :year, :organisationId, :programmeId, 0, 0, 0) on conflict do nothing""", nativeQuery = true)
    void ensure(Long costLineId, int year, Long organisationId, Long programmeId);

    /**
     * Adds to the row in the database. It does not clear the persistence context, which would detach
     * (and so lose the changes to) the entities the caller is still changing, such as the change
     * request being approved: a {@link CostLineFigures} read earlier in the same transaction keeps its
     * old values, so callers read figures before they move them.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update cost_line_figures set budget = budget + :budget, actual = actual + :actual, committed = committed + :committed
            where cost_line_id = :costLineId and financial_year = :year""", nativeQuery = true)
    int add(Long costLineId, int year, BigDecimal budget, BigDecimal actual, BigDecimal committed);

    /** Actual spend and open commitments charged to each of the decisions, through the lines charged to it. */
    @Query("""
            select new org.tgov.budget.internal.DecisionCharge(c.fundingDecisionId, sum(f.actual) + sum(f.committed))
            from CostLineFigures f, CostLine c where f.costLineId = c.id and c.fundingDecisionId in :decisionIds
            group by c.fundingDecisionId""")
    List<DecisionCharge> chargedTo(Collection<Long> decisionIds);

    /**
     * The programme's budget, forecast (the budget where none is set), actual and committed over all
     * its lines and years, summed by the database, with the number of its cost lines.
     */
    @Query(value = """
            select (select count(*) from cost_line c where c.organisation_id = :organisationId and c.programme_id = :programmeId) as lines,
                   coalesce(sum(t.budget), 0) as budget, coalesce(sum(t.forecast), 0) as forecast,
                   coalesce(sum(t.actual), 0) as actual, coalesce(sum(t.committed), 0) as committed
            from (select f.budget as budget, coalesce(o.amount, f.budget) as forecast, f.actual as actual, f.committed as committed
                  from cost_line_figures f
                  left join forecast_outturn o on o.cost_line_id = f.cost_line_id and o.financial_year = f.financial_year
                  where f.organisation_id = :organisationId and f.programme_id = :programmeId
                  union all
                  select 0, o.amount, 0, 0 from forecast_outturn o join cost_line c on c.id = o.cost_line_id
                  where o.organisation_id = :organisationId and c.programme_id = :programmeId and not exists (select 1 from cost_line_figures f
                        where f.cost_line_id = o.cost_line_id and f.financial_year = o.financial_year)) t""",
            nativeQuery = true)
    ProgrammeTotals totals(Long organisationId, Long programmeId);

    /** Budgets of many cost lines at once: what a change request's checks need. */
    /** @param years start years of the financial years */
    @Query("select f from CostLineFigures f where f.costLineId in :costLineIds and f.financialYear in :years")
    List<CostLineFigures> of(Collection<Long> costLineIds, Collection<Integer> years);
}
