package org.tgov.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tgov.benefits.SavingsTargetView;
import org.tgov.budget.CostLineView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * What an external auditor checks of the flexible use of capital receipts: every cost line they
 * fund in any year, its expected spend (budget) against actual spend in those years, and the
 * savings it was meant to deliver, planned against delivered, in every year they fall.
 *
 * @param funding  the capital receipts streams' amounts by year
 * @param targets  the savings targets linked to those cost lines, each once, by year
 */
public record CapitalReceiptsUse(List<FinancialYear> years, List<FundedLine> lines, List<SavingsTargetView> targets,
        Map<FinancialYear, Money> funding) {

    /**
     * A cost line funded by capital receipts in at least one year; its figures count only the years
     * it draws on them.
     */
    public record FundedLine(CostLineView costLine, List<String> streamNames, List<SavingsTargetView> targets,
            Map<FinancialYear, Money> expected, Map<FinancialYear, Money> actual) {

        public Money expectedIn(FinancialYear year) {
            return expected.getOrDefault(year, Money.ZERO);
        }

        public Money actualIn(FinancialYear year) {
            return actual.getOrDefault(year, Money.ZERO);
        }

        /** The years in which this line has a budget or spend funded by capital receipts. */
        public List<FinancialYear> years() {
            TreeSet<FinancialYear> years = new TreeSet<>(expected.keySet());
            years.addAll(actual.keySet());
            return List.copyOf(years);
        }

        public Money expectedTotal() {
            return sum(expected.values());
        }

        public Money actualTotal() {
            return sum(actual.values());
        }
    }

    /** A year's capital receipts funding, expected and actual spend, and the linked savings. */
    public record YearSummary(FinancialYear year, Money funding, Money expected, Money actual, Money plannedSavings,
            Money deliveredSavings) {
    }

    /** The funded cost lines meant to deliver this target. */
    public List<CostLineView> linesFor(SavingsTargetView target) {
        return lines.stream().filter(l -> l.costLine().savingsTargetIds().contains(target.id())).map(FundedLine::costLine).toList();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public List<YearSummary> byYear() {
        return years.stream().map(year -> new YearSummary(year, funding.getOrDefault(year, Money.ZERO),
                sum(lines.stream().map(l -> l.expectedIn(year)).toList()),
                sum(lines.stream().map(l -> l.actualIn(year)).toList()),
                sum(targets.stream().filter(t -> t.year().equals(year)).map(SavingsTargetView::planned).toList()),
                sum(targets.stream().filter(t -> t.year().equals(year)).map(SavingsTargetView::delivered).toList())))
                .toList();
    }

    public YearSummary total() {
        List<YearSummary> years = byYear();
        return new YearSummary(null, sum(years.stream().map(YearSummary::funding).toList()),
                sum(years.stream().map(YearSummary::expected).toList()), sum(years.stream().map(YearSummary::actual).toList()),
                sum(targets.stream().map(SavingsTargetView::planned).toList()),
                sum(targets.stream().map(SavingsTargetView::delivered).toList()));
    }

    private static Money sum(Collection<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
