package org.tgov.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.tgov.budget.CostLineView;
import org.tgov.budget.LineFigures;
import org.tgov.budget.Measures;
import org.tgov.funding.StreamView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * A programme's money in one place: every cost line's figures by financial year (kept by the
 * database), rolled up by workstream, by the funding stream each line draws on in each year, and in
 * total, with funding reconciled to costs for each year and for each stream in each year.
 */
public final class ProgrammeFinance {

    /** Lines with no funding stream set for a year are counted here. */
    static final Long NO_STREAM = -1L;

    /** One row of a table: a label, its figures for each year and in total. */
    public record Row(Long id, String label, Map<FinancialYear, Measures> byYear, Measures total) {
        public Measures in(FinancialYear year) {
            return byYear.getOrDefault(year, Measures.ZERO);
        }
    }

    /** Funding against costs (budget) for a year, or for one stream in a year; a positive gap is cost without funding. */
    public record Reconciliation(FinancialYear year, String stream, Money funding, Money costs) {
        public Money gap() {
            return costs.minus(funding);
        }

        public boolean reconciles() {
            return gap().isZero();
        }
    }

    /** One cost line's figures in a year (or over all years when the year is null). */
    public record LineInYear(CostLineView costLine, FinancialYear year, Measures measures) {
    }

    private final List<FinancialYear> years;
    private final List<CostLineView> costLines;
    private final Map<Long, Map<FinancialYear, Measures>> byCostLine = new LinkedHashMap<>();
    private final Map<Long, String> workstreamNames;
    private final List<StreamView> streams;
    // computed once per view: templates ask for these rows many times
    private Row total;
    private List<Row> byFundingStream;
    private List<Reconciliation> reconciliation;
    private List<Reconciliation> reconciliationByStream;

    ProgrammeFinance(List<FinancialYear> programmeYears, List<CostLineView> costLines, List<LineFigures> figures,
            Map<Long, String> workstreamNames, List<StreamView> streams) {
        TreeSet<FinancialYear> allYears = new TreeSet<>(programmeYears);
        figures.forEach(f -> {
            allYears.add(f.year());
            byCostLine.computeIfAbsent(f.costLineId(), id -> new TreeMap<>()).merge(f.year(), Measures.of(f), Measures::plus);
        });
        streams.forEach(s -> allYears.addAll(s.amounts().keySet()));
        this.years = List.copyOf(allYears);
        this.costLines = costLines;
        this.workstreamNames = workstreamNames;
        this.streams = streams;
    }

    public List<FinancialYear> years() {
        return years;
    }

    public List<Row> byCostLine() {
        return costLines.stream().map(c -> row(c.id(), c.label(), byCostLine.getOrDefault(c.id(), Map.of()))).toList();
    }

    public List<Row> byWorkstream() {
        return rollUp((line, year) -> line.workstreamId(), workstreamNames, "Unknown workstream");
    }

    /** Each line counts, in each year, towards the stream it draws on that year. */
    public List<Row> byFundingStream() {
        if (byFundingStream == null) {
            byFundingStream = rollUpByStream();
        }
        return byFundingStream;
    }

    private List<Row> rollUpByStream() {
        Map<Long, String> names = new LinkedHashMap<>();
        streams.forEach(s -> names.put(s.id(), s.name()));
        return rollUp((line, year) -> line.streamIn(year) == null ? NO_STREAM : line.streamIn(year), names,
                "No funding stream");
    }

    /** Whether any of the programme's cost lines carries figures not taken from a source document. */
    public boolean hasIllustrativeFigures() {
        return costLines.stream().anyMatch(CostLineView::illustrative);
    }

    /** Actual spend and open commitments, in every year, of the cost lines charged to the decision. */
    public Money chargedTo(Long decisionId) {
        return costLines.stream().filter(line -> decisionId.equals(line.fundingDecisionId()))
                .flatMap(line -> byCostLine.getOrDefault(line.id(), Map.of()).values().stream())
                .map(Measures::spent).reduce(Money.ZERO, Money::plus);
    }

    /** The programme's cost lines by id, as read for these figures. */
    public Map<Long, CostLineView> costLinesById() {
        return CostLineView.byId(costLines);
    }

    public Row total() {
        if (total == null) {
            total = sumOfLines();
        }
        return total;
    }

    private Row sumOfLines() {
        Map<FinancialYear, Measures> sums = new TreeMap<>();
        byCostLine.values().forEach(m -> m.forEach((year, measures) -> sums.merge(year, measures, Measures::plus)));
        return row(null, "Total", sums);
    }

    /** Funding streams with their amount per year, in name order. */
    public List<StreamView> funding() {
        return streams.stream().sorted(Comparator.comparing(StreamView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Money fundingIn(FinancialYear year) {
        return streams.stream().map(s -> s.amountIn(year)).reduce(Money.ZERO, Money::plus);
    }

    public Money fundingTotal() {
        return years.stream().map(this::fundingIn).reduce(Money.ZERO, Money::plus);
    }

    /** Funding against costs for each year. */
    public List<Reconciliation> reconciliation() {
        if (reconciliation == null) {
            Row costs = total();
            reconciliation = years.stream()
                    .map(year -> new Reconciliation(year, null, fundingIn(year), costs.in(year).budget())).toList();
        }
        return reconciliation;
    }

    /** Funding against the costs drawing on it, for each stream in each year either has a figure. */
    public List<Reconciliation> reconciliationByStream() {
        if (reconciliationByStream == null) {
            reconciliationByStream = reconcileEachStream();
        }
        return reconciliationByStream;
    }

    private List<Reconciliation> reconcileEachStream() {
        Map<Long, Row> costs = new LinkedHashMap<>();
        byFundingStream().forEach(row -> costs.put(row.id(), row));
        List<Reconciliation> rows = new ArrayList<>();
        for (FinancialYear year : years) {
            for (StreamView stream : funding()) {
                Money cost = costs.containsKey(stream.id()) ? costs.get(stream.id()).in(year).budget() : Money.ZERO;
                if (!cost.isZero() || !stream.amountIn(year).isZero()) {
                    rows.add(new Reconciliation(year, stream.name(), stream.amountIn(year), cost));
                }
            }
            Money unfunded = costs.containsKey(NO_STREAM) ? costs.get(NO_STREAM).in(year).budget() : Money.ZERO;
            if (!unfunded.isZero()) {
                rows.add(new Reconciliation(year, "No funding stream", Money.ZERO, unfunded));
            }
        }
        return rows;
    }

    public boolean reconciles() {
        return reconciliation().stream().allMatch(Reconciliation::reconciles)
                && reconciliationByStream().stream().allMatch(Reconciliation::reconciles);
    }

    /** The cost lines whose forecast differs most from budget in a year (or over all years when null), largest first. */
    public List<LineInYear> largestVariances(FinancialYear year, int limit) {
        return lines(year).stream().filter(v -> !v.measures().variance().isZero())
                .sorted(Comparator.comparing((LineInYear v) -> v.measures().variance().amount().abs()).reversed())
                .limit(limit).toList();
    }

    /**
     * The cost lines whose spend and commitments already exceed their budget or forecast in a year. Over all years
     * (null), each year in which a line is overspent: a line over in one year is not hidden by being under in another.
     */
    public List<LineInYear> overspent(FinancialYear year) {
        if (year != null) {
            return lines(year).stream().filter(v -> v.measures().overspent()).toList();
        }
        return costLines.stream().flatMap(c -> byCostLine.getOrDefault(c.id(), Map.of()).entrySet().stream()
                        .filter(e -> e.getValue().overspent())
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new LineInYear(c, e.getKey(), e.getValue())))
                .toList();
    }

    /** How many different cost lines {@link #overspent(FinancialYear)} names. */
    public long overspentLineCount(FinancialYear year) {
        return overspent(year).stream().map(v -> v.costLine().id()).distinct().count();
    }

    private List<LineInYear> lines(FinancialYear year) {
        return costLines.stream().map(c -> {
            Map<FinancialYear, Measures> byYear = byCostLine.getOrDefault(c.id(), Map.of());
            Measures m = year == null ? byYear.values().stream().reduce(Measures.ZERO, Measures::plus)
                    : byYear.getOrDefault(year, Measures.ZERO);
            return new LineInYear(c, year, m);
        }).toList();
    }

    private List<Row> rollUp(BiFunction<CostLineView, FinancialYear, Long> key, Map<Long, String> names, String missing) {
        Map<Long, Map<FinancialYear, Measures>> groups = new LinkedHashMap<>();
        names.keySet().forEach(id -> groups.put(id, new TreeMap<>()));
        for (CostLineView line : costLines) {
            byCostLine.getOrDefault(line.id(), Map.of()).forEach((year, m) ->
                    groups.computeIfAbsent(key.apply(line, year), id -> new TreeMap<>()).merge(year, m, Measures::plus));
        }
        return groups.entrySet().stream().map(e -> row(e.getKey(), names.getOrDefault(e.getKey(), missing), e.getValue()))
                .sorted(Comparator.comparing(Row::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Row row(Long id, String label, Map<FinancialYear, Measures> byYear) {
        Measures total = byYear.values().stream().reduce(Measures.ZERO, Measures::plus);
        return new Row(id, label, byYear, total);
    }
}
