package org.tgov.reporting;

import java.util.List;
import org.tgov.budget.ChangeRequest;
import org.tgov.reporting.DecisionDrawdown;
import org.tgov.reporting.Measures;
import org.tgov.reporting.ProgrammeFinance;
import org.tgov.reporting.ProgrammeResources;
import org.tgov.programme.Programme;
import org.tgov.shared.FinancialYear;

/**
 * The page the Resources Board chair reads before a meeting: spend against budget and forecast for
 * the current year and the whole programme, tranche drawdown, the largest variances, change
 * requests awaiting decision, FTE planned against actual with the agency share, and savings.
 */
public record ResourcesBoardView(Programme programme, FinancialYear currentYear, ProgrammeFinance finance,
        List<DecisionDrawdown> drawdown, List<ProgrammeFinance.Variance> largestVariances,
        List<ProgrammeFinance.Variance> largestProgrammeVariances,
        List<ChangeRequest> awaitingDecision, ProgrammeResources resources, boolean illustrative,
        BarChart spendChart, BarChart fteChart, BarChart savingsChart) {

    public Measures currentYearMeasures() {
        return finance.total().in(currentYear);
    }

    public Measures programmeMeasures() {
        return finance.total().total();
    }
}
