package org.tgov.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.benefits.SavingsManagement;
import org.tgov.benefits.SavingsTargetView;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.CostLineView;
import org.tgov.budget.LineFigures;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.StreamView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * Read side for the auditor's view of capital receipts: a fixed handful of queries (streams, cost
 * lines, their figures, savings targets), filtered here to what capital receipts fund.
 */
@Service
@Transactional(readOnly = true)
public class CapitalReceiptsReport {

    private final ProgrammeManagement programmes;
    private final FundingFacts funding;
    private final CostLineManagement costLines;
    private final BudgetFigures figures;
    private final SavingsManagement savings;

    CapitalReceiptsReport(ProgrammeManagement programmes, FundingFacts funding, CostLineManagement costLines,
            BudgetFigures figures, SavingsManagement savings) {
        this.programmes = programmes;
        this.funding = funding;
        this.costLines = costLines;
        this.figures = figures;
        this.savings = savings;
    }

    public CapitalReceiptsUse of(Long programmeId) {
        TreeSet<FinancialYear> years = new TreeSet<>(programmes.get(programmeId).financialYears());
        Map<Long, StreamView> capitalReceipts = funding.streams(programmeId).stream().filter(StreamView::isCapitalReceipts)
                .collect(Collectors.toMap(StreamView::id, s -> s, (a, b) -> a, LinkedHashMap::new));
        if (capitalReceipts.isEmpty()) {
            return new CapitalReceiptsUse(List.copyOf(years), List.of(), List.of(), Map.of());
        }
        Map<FinancialYear, Money> fundingByYear = new TreeMap<>();
        capitalReceipts.values().forEach(s -> s.amounts().forEach((year, amount) -> fundingByYear.merge(year, amount, Money::plus)));
        List<CostLineView> funded = costLines.of(programmeId).stream()
                .filter(c -> c.streams().values().stream().anyMatch(capitalReceipts::containsKey)).toList();
        Map<Long, List<LineFigures>> lineFigures = figures.ofLines(funded.stream().map(CostLineView::id).toList()).stream()
                .collect(Collectors.groupingBy(LineFigures::costLineId));
        Map<Long, SavingsTargetView> targets = savings.targets(programmeId).stream()
                .collect(Collectors.toMap(SavingsTargetView::id, t -> t));

        List<CapitalReceiptsUse.FundedLine> lines = new ArrayList<>();
        Map<Long, SavingsTargetView> linked = new LinkedHashMap<>();
        for (CostLineView line : funded) {
            Set<FinancialYear> fundedYears = line.streams().entrySet().stream()
                    .filter(e -> capitalReceipts.containsKey(e.getValue())).map(Map.Entry::getKey).collect(Collectors.toSet());
            Map<FinancialYear, Money> expected = new HashMap<>();
            Map<FinancialYear, Money> actual = new HashMap<>();
            lineFigures.getOrDefault(line.id(), List.of()).stream().filter(f -> fundedYears.contains(f.year())).forEach(f -> {
                expected.put(f.year(), f.budget());
                actual.put(f.year(), f.actual());
            });
            List<SavingsTargetView> lineTargets = line.savingsTargetIds().stream().map(targets::get)
                    .filter(java.util.Objects::nonNull).sorted(Comparator.comparing(SavingsTargetView::year)).toList();
            lineTargets.forEach(t -> linked.putIfAbsent(t.id(), t));
            List<String> streamNames = line.streams().values().stream().filter(capitalReceipts::containsKey).distinct()
                    .map(id -> capitalReceipts.get(id).name()).toList();
            CapitalReceiptsUse.FundedLine fundedLine = new CapitalReceiptsUse.FundedLine(line, streamNames, lineTargets,
                    expected, actual);
            years.addAll(fundedLine.years());
            lines.add(fundedLine);
        }
        years.addAll(fundingByYear.keySet());
        linked.values().forEach(t -> years.add(t.year()));
        List<SavingsTargetView> linkedTargets = linked.values().stream()
                .sorted(Comparator.comparing(SavingsTargetView::year).thenComparing(SavingsTargetView::id)).toList();
        return new CapitalReceiptsUse(List.copyOf(years), lines, linkedTargets, fundingByYear);
    }
}
