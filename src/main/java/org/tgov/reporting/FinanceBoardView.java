package org.tgov.reporting;

import java.time.LocalDate;
import java.util.List;
import org.tgov.benefits.YearSavings;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestView;
import org.tgov.budget.Measures;
import org.tgov.programme.Programme;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.workforce.YearFte;

/**
 * What the chair of the body that oversees the money reads before a meeting, for one financial
 * year: spend against budget and forecast for that year and the whole programme, lines already
 * spending beyond their budget or forecast, tranche drawdown, the largest variances, change requests
 * awaiting decision with their lines, FTE planned against actual with the agency share, and savings.
 *
 * @param body  the name of the body that decides change requests, or null when none is chosen
 * @param asAt  the date the figures are as at
 */
public record FinanceBoardView(Programme programme, String body, FinancialYear year, List<FinancialYear> years,
        LocalDate asAt, ProgrammeFinance finance, List<DecisionDrawdown> drawdown,
        List<ProgrammeFinance.LineInYear> largestVariances, List<ProgrammeFinance.LineInYear> largestProgrammeVariances,
        List<ProgrammeFinance.LineInYear> overspent, List<Request> awaitingDecision, List<YearFte> fte,
        List<YearSavings> savings, boolean illustrative, BarChart spendChart, BarChart fteChart, BarChart savingsChart) {

    /** A change request awaiting decision, with each of its lines named and who drafted it. */
    public record Request(ChangeRequestView request, String draftedBy, List<Line> lines) {
        public Money gross() {
            return request.gross();
        }
    }

    public record Line(String costLine, BudgetChange change) {
    }

    public Measures yearMeasures() {
        return finance.total().in(year);
    }

    public Measures programmeMeasures() {
        return finance.total().total();
    }

    public Money drawdownReleased() {
        return drawdown.stream().map(DecisionDrawdown::released).reduce(Money.ZERO, Money::plus);
    }

    public Money drawdownDrawn() {
        return drawdown.stream().map(DecisionDrawdown::drawn).reduce(Money.ZERO, Money::plus);
    }

    public Money drawdownAmount() {
        return drawdown.stream().map(d -> d.decision().amount()).reduce(Money.ZERO, Money::plus);
    }

    public Money savingsPlanned() {
        return savings.stream().map(YearSavings::planned).reduce(Money.ZERO, Money::plus);
    }

    public Money savingsDelivered() {
        return savings.stream().map(YearSavings::delivered).reduce(Money.ZERO, Money::plus);
    }
}
