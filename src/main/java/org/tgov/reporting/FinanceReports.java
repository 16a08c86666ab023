package org.tgov.reporting;

import org.tgov.budget.CostLine;
import org.tgov.funding.FundingDecision;
import org.tgov.funding.FundingStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.reporting.internal.FinanceFactsRepository;
import org.tgov.funding.internal.FundingStreamRepository;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** Read side of the finance module: the figures behind the finance pages and board views. */
@Service
@Transactional(readOnly = true)
public class FinanceReports {

    private final FinanceFactsRepository facts;
    private final CostLineRepository costLines;
    private final FundingStreamRepository streams;
    private final org.tgov.funding.internal.FundingDecisionRepository decisions;
    private final org.tgov.spend.internal.ActualSpendRepository spend;
    private final org.tgov.workforce.internal.EstablishmentPlanRepository plans;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;

    FinanceReports(FinanceFactsRepository facts, CostLineRepository costLines, FundingStreamRepository streams,
            ProgrammeManagement programmes, WorkstreamManagement workstreams,
            org.tgov.funding.internal.FundingDecisionRepository decisions,
            org.tgov.spend.internal.ActualSpendRepository spend,
            org.tgov.workforce.internal.EstablishmentPlanRepository plans) {
        this.decisions = decisions;
        this.spend = spend;
        this.plans = plans;
        this.facts = facts;
        this.costLines = costLines;
        this.streams = streams;
        this.programmes = programmes;
        this.workstreams = workstreams;
    }

    public ProgrammeFinance programmeFinance(Long programmeId) {
        Programme programme = programmes.get(programmeId);
        List<CostLine> lines = costLines.findByProgrammeIdOrderByCode(programmeId);
        Map<Long, Map<FinancialYear, Money>> budget = byCostLineAndYear(facts.budget(programmeId));
        Map<Long, Map<FinancialYear, Money>> actual = byCostLineAndYear(facts.actual(programmeId));
        Map<Long, Map<FinancialYear, Money>> forecast = byCostLineAndYear(facts.forecast(programmeId));
        Map<Long, Map<FinancialYear, Money>> committed = byCostLineAndYear(facts.committed(programmeId));

        Map<Long, Map<FinancialYear, Measures>> measures = new HashMap<>();
        for (CostLine line : lines) {
            Map<FinancialYear, Measures> years = new TreeMap<>();
            java.util.Set<FinancialYear> keys = new java.util.TreeSet<>();
            List.of(budget, actual, forecast, committed).forEach(m -> keys.addAll(m.getOrDefault(line.getId(), Map.of()).keySet()));
            for (FinancialYear year : keys) {
                Money b = get(budget, line.getId(), year);
                Money f = forecast.getOrDefault(line.getId(), Map.of()).getOrDefault(year, b);
                years.put(year, new Measures(b, f, get(actual, line.getId(), year), get(committed, line.getId(), year)));
            }
            measures.put(line.getId(), years);
        }
        Map<Long, String> workstreamNames = workstreams.of(programmeId).stream()
                .collect(Collectors.toMap(Workstream::getId, Workstream::getName));
        Map<Long, String> streamNames = streams.findWithAmounts(programmeId).stream()
                .collect(Collectors.toMap(FundingStream::getId, FundingStream::getName));
        return new ProgrammeFinance(programme.financialYears(), lines, measures, workstreamNames, streamNames,
                byCostLineAndYear(facts.funding(programmeId)));
    }

    /** Each funding decision with what its tranches released by {@code today} and what is charged against it. */
    public List<DecisionDrawdown> drawdown(Long programmeId, java.time.LocalDate today) {
        List<FundingDecision> list = decisions.findWithTranches(programmeId);
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = list.stream().map(FundingDecision::getId).toList();
        Map<Long, Money> spent = byId(spend.spentAgainst(ids));
        Map<Long, Money> committed = byId(spend.committedAgainst(ids));
        return list.stream().map(d -> new DecisionDrawdown(d, d.releasedBy(today),
                spent.getOrDefault(d.getId(), Money.ZERO), committed.getOrDefault(d.getId(), Money.ZERO))).toList();
    }

    /** Planned against actual FTE and planned against delivered savings, per year. */
    public ProgrammeResources resources(Long programmeId) {
        Map<Integer, BigDecimal> planned = new HashMap<>();
        plans.findByProgrammeIdOrderByFinancialYear(programmeId)
                .forEach(p -> planned.put(p.financialYear().startYear(), p.getPlannedFte()));
        Map<Integer, Object[]> actual = new TreeMap<>();
        facts.establishment(programmeId).forEach(row -> actual.put((Integer) row[0], row));
        java.util.Set<Integer> years = new java.util.TreeSet<>(planned.keySet());
        years.addAll(actual.keySet());
        List<ProgrammeResources.YearFte> fte = years.stream().map(year -> {
            Object[] row = actual.get(year);
            return new ProgrammeResources.YearFte(new FinancialYear(year), planned.getOrDefault(year, BigDecimal.ZERO),
                    row == null ? BigDecimal.ZERO : average(row[1]), row == null ? BigDecimal.ZERO : average(row[2]),
                    row == null ? 0 : ((Number) row[3]).longValue());
        }).toList();
        List<ProgrammeResources.YearSavings> savings = facts.savings(programmeId).stream()
                .map(row -> new ProgrammeResources.YearSavings(new FinancialYear((Integer) row[0]), money(row[1]),
                        money(row[2]), money(row[3])))
                .toList();
        return new ProgrammeResources(fte, savings);
    }

    private static BigDecimal average(Object value) {
        return new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Money money(Object value) {
        return value == null ? Money.ZERO : Money.of(new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private static Map<Long, Money> byId(List<Object[]> rows) {
        Map<Long, Money> result = new HashMap<>();
        rows.forEach(row -> result.put((Long) row[0], money(row[1])));
        return result;
    }

    /** Every cost line's budget by financial year (original plus approved changes), in one query. */
    public Map<Long, Map<FinancialYear, Money>> budgets(Long programmeId) {
        return byCostLineAndYear(facts.budget(programmeId));
    }

    /** Whether any of the programme's cost lines carries figures not taken from a source document. */
    public boolean hasIllustrativeFigures(Long programmeId) {
        return costLines.existsByProgrammeIdAndIllustrativeTrue(programmeId);
    }

    /** Actual spend of a cost line by month: [month start, amount]. */
    public Map<java.time.LocalDate, Money> monthlyActuals(Long costLineId) {
        Map<java.time.LocalDate, Money> months = new TreeMap<>();
        facts.monthlyActuals(costLineId).forEach(row -> months.put((java.time.LocalDate) row[0], Money.of((BigDecimal) row[1])));
        return months;
    }

    private static Money get(Map<Long, Map<FinancialYear, Money>> measure, Long id, FinancialYear year) {
        return measure.getOrDefault(id, Map.of()).getOrDefault(year, Money.ZERO);
    }

    private static Map<Long, Map<FinancialYear, Money>> byCostLineAndYear(List<Object[]> rows) {
        Map<Long, Map<FinancialYear, Money>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                    .merge(new FinancialYear((Integer) row[1]), Money.of((BigDecimal) row[2]), Money::plus);
        }
        return result;
    }
}
