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

    List<CostLineFigures> findByProgrammeIdOrderByCostLineIdAscFinancialYearAsc(Long programmeId);

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

    /** Budgets of many cost lines at once: what a change request's checks need. */
    /** @param years start years of the financial years */
    @Query("select f from CostLineFigures f where f.costLineId in :costLineIds and f.financialYear in :years")
    List<CostLineFigures> of(Collection<Long> costLineIds, Collection<Integer> years);
}
