package org.tgov.reporting;

import org.tgov.budget.CostLine;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * A programme's money in one place: every measure by cost line and financial year (summed by the
 * database), rolled up by workstream, by funding stream and in total, with funding reconciled to
 * costs for each year.
 */
public final class ProgrammeFinance {

    /** One row of a table: a label, its figures for each year and in total. */
    public record Row(Long id, String label, Map<FinancialYear, Measures> byYear, Measures total) {
        public Measures in(FinancialYear year) {
            return byYear.getOrDefault(year, Measures.ZERO);
        }
    }

    /** Funding against costs (budget) for a year; a positive gap is cost without funding. */
    public record Reconciliation(FinancialYear year, Money funding, Money costs) {
        public Money gap() {
            return costs.minus(funding);
        }

        public boolean reconciles() {
            return gap().isZero();
        }
    }

    /** One cost line's variance in a year, for "largest variances". */
    public record Variance(CostLine costLine, FinancialYear year, Measures measures) {
    }

    private final List<FinancialYear> years;
    private final List<CostLine> costLines;
    private final Map<Long, Map<FinancialYear, Measures>> byCostLine;
    private final Map<Long, String> workstreamNames;
    private final Map<Long, String> streamNames;
    private final Map<Long, Map<FinancialYear, Money>> fundingByStream;

    ProgrammeFinance(List<FinancialYear> programmeYears, List<CostLine> costLines,
            Map<Long, Map<FinancialYear, Measures>> byCostLine, Map<Long, String> workstreamNames,
            Map<Long, String> streamNames, Map<Long, Map<FinancialYear, Money>> fundingByStream) {
        TreeSet<FinancialYear> allYears = new TreeSet<>(programmeYears);
        byCostLine.values().forEach(m -> allYears.addAll(m.keySet()));
        fundingByStream.values().forEach(m -> allYears.addAll(m.keySet()));
        this.years = List.copyOf(allYears);
        this.costLines = costLines;
        this.byCostLine = byCostLine;
        this.workstreamNames = workstreamNames;
        this.streamNames = streamNames;
        this.fundingByStream = fundingByStream;
    }

    public List<FinancialYear> years() {
        return years;
    }

    public List<Row> byCostLine() {
        return costLines.stream().map(c -> row(c.getId(), c.getCode() + " " + c.getName(), byCostLine.getOrDefault(c.getId(), Map.of())))
                .toList();
    }

    public List<Row> byWorkstream() {
        return rollUp(CostLine::getWorkstreamId, workstreamNames);
    }

    public List<Row> byFundingStream() {
        return rollUp(CostLine::getFundingStreamId, streamNames);
    }

    public Row total() {
        Map<FinancialYear, Measures> sums = new TreeMap<>();
        byCostLine.values().forEach(m -> m.forEach((year, measures) -> sums.merge(year, measures, Measures::plus)));
        return row(null, "Total", sums);
    }

    /** A funding stream's amount in each year. */
    public record FundingRow(String name, Map<FinancialYear, Money> byYear) {
        public Money in(FinancialYear year) {
            return byYear.get(year);
        }

        public Money total() {
            return byYear.values().stream().reduce(Money.ZERO, Money::plus);
        }
    }

    /** Funding streams with their amount per year, in name order. */
    public List<FundingRow> funding() {
        return streamNames.entrySet().stream()
                .map(e -> new FundingRow(e.getValue(), fundingByStream.getOrDefault(e.getKey(), Map.of())))
                .sorted(Comparator.comparing(FundingRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Money fundingIn(FinancialYear year) {
        return fundingByStream.values().stream().map(m -> m.getOrDefault(year, Money.ZERO)).reduce(Money.ZERO, Money::plus);
    }

    public Money fundingTotal() {
        return years.stream().map(this::fundingIn).reduce(Money.ZERO, Money::plus);
    }

    public List<Reconciliation> reconciliation() {
        Row total = total();
        return years.stream().map(year -> new Reconciliation(year, fundingIn(year), total.in(year).budget())).toList();
    }

    public boolean reconciles() {
        return reconciliation().stream().allMatch(Reconciliation::reconciles);
    }

    /** The cost lines whose forecast differs most from budget in a year (or over all years when null), largest first. */
    public List<Variance> largestVariances(FinancialYear year, int limit) {
        return costLines.stream()
                .map(c -> {
                    Map<FinancialYear, Measures> years = byCostLine.getOrDefault(c.getId(), Map.of());
                    Measures m = year == null ? years.values().stream().reduce(Measures.ZERO, Measures::plus)
                            : years.getOrDefault(year, Measures.ZERO);
                    return new Variance(c, year, m);
                })
                .filter(v -> !v.measures().variance().isZero())
                .sorted(Comparator.comparing((Variance v) -> v.measures().variance().amount().abs()).reversed())
                .limit(limit).toList();
    }

    private List<Row> rollUp(Function<CostLine, Long> key, Map<Long, String> names) {
        Map<Long, Map<FinancialYear, Measures>> groups = new LinkedHashMap<>();
        names.keySet().forEach(id -> groups.put(id, new TreeMap<>()));
        for (CostLine costLine : costLines) {
            Map<FinancialYear, Measures> group = groups.computeIfAbsent(key.apply(costLine), id -> new TreeMap<>());
            byCostLine.getOrDefault(costLine.getId(), Map.of()).forEach((year, m) -> group.merge(year, m, Measures::plus));
        }
        return groups.entrySet().stream().map(e -> row(e.getKey(), names.getOrDefault(e.getKey(), "Unknown"), e.getValue()))
                .sorted(Comparator.comparing(Row::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Row row(Long id, String label, Map<FinancialYear, Measures> byYear) {
        Measures total = byYear.values().stream().reduce(Measures.ZERO, Measures::plus);
        return new Row(id, label, byYear, total);
    }
}
