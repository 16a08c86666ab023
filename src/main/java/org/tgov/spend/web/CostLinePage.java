package org.tgov.spend.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tgov.budget.BudgetEntry;
import org.tgov.spend.Commitment;
import org.tgov.budget.CostLine;
import org.tgov.budget.CostLineManagement;
import org.tgov.reporting.FinanceReports;
import org.tgov.budget.ForecastManagement;
import org.tgov.budget.ForecastOutturn;
import org.tgov.funding.FundingDecision;
import org.tgov.funding.FundingManagement;
import org.tgov.benefits.SavingsManagement;
import org.tgov.spend.SpendManagement;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * Everything the cost line page shows. Its forms post to different controllers, which show this
 * page again with their errors, so the page is put together here once. A fixed number of queries
 * whatever the amount of spend, commitments or history.
 */
@Component
class CostLinePage {

    static final String VIEW = "spend/cost-line/show";

    private final CostLineManagement costLines;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final FundingManagement funding;
    private final SavingsManagement savings;
    private final SpendManagement spend;
    private final ForecastManagement forecasts;
    private final FinanceReports reports;
    private final Clock clock;

    CostLinePage(CostLineManagement costLines, ProgrammeManagement programmes, WorkstreamManagement workstreams,
            FundingManagement funding, SavingsManagement savings, SpendManagement spend, ForecastManagement forecasts,
            FinanceReports reports, Clock clock) {
        this.costLines = costLines;
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.funding = funding;
        this.savings = savings;
        this.spend = spend;
        this.forecasts = forecasts;
        this.reports = reports;
        this.clock = clock;
    }

    /** Adds the page's content to {@code model}, keeping any form (with its errors) already there. */
    String show(Long costLineId, Model model) {
        CostLine costLine = costLines.get(costLineId);
        Programme programme = programmes.get(costLine.getProgrammeId());
        model.addAttribute("costLine", costLine);
        model.addAttribute("programme", programme);
        model.addAttribute("workstream", workstreams.get(costLine.getWorkstreamId()));
        model.addAttribute("fundingStream", funding.stream(costLine.getFundingStreamId()));
        FundingDecision decision = costLine.getFundingDecisionId() == null ? null
                : funding.decision(costLine.getFundingDecisionId());
        model.addAttribute("decision", decision);
        model.addAttribute("released", decision == null ? null : decision.releasedBy(LocalDate.now(clock)));
        model.addAttribute("savingsTarget", costLine.getSavingsTargetId() == null ? null
                : savings.get(costLine.getSavingsTargetId()));

        List<BudgetEntry> history = costLines.budgetHistory(costLineId);
        Map<LocalDate, Money> monthly = reports.monthlyActuals(costLineId);
        List<Commitment> commitments = spend.commitmentsOn(costLineId);
        Map<FinancialYear, ForecastOutturn> forecastByYear = forecasts.of(costLineId).stream()
                .collect(Collectors.toMap(ForecastOutturn::financialYear, Function.identity()));
        model.addAttribute("budgetHistory", movements(history));
        model.addAttribute("years", years(programme, history, monthly, commitments, forecastByYear));
        model.addAttribute("monthlyActuals", monthly);
        model.addAttribute("spendEntries", spend.spendOn(costLineId));
        model.addAttribute("commitments", commitments);
        model.addAttribute("forecastHistory", forecasts.history(costLineId));

        addIfAbsent(model, "spendForm", new SpendForm());
        addIfAbsent(model, "commitmentForm", new CommitmentForm());
        addIfAbsent(model, "forecastForm", new ForecastForm());
        return VIEW;
    }

    private static List<BudgetMovement> movements(List<BudgetEntry> history) {
        Set<FinancialYear> originalSeen = new HashSet<>();
        List<BudgetMovement> movements = new ArrayList<>();
        for (BudgetEntry entry : history) {
            String source;
            if (!entry.isOriginal()) {
                source = "Change request #" + entry.getChangeRequestId();
            } else if (originalSeen.add(entry.financialYear())) {
                source = "Original budget";
            } else {
                source = "Correction to original budget";
            }
            movements.add(new BudgetMovement(entry, source));
        }
        return movements;
    }

    /** Every year the programme spans or the cost line has figures in, oldest first. */
    private static List<CostLineYear> years(Programme programme, List<BudgetEntry> history, Map<LocalDate, Money> monthly,
            List<Commitment> commitments, Map<FinancialYear, ForecastOutturn> forecasts) {
        Map<FinancialYear, Money> budget = new HashMap<>();
        history.forEach(e -> budget.merge(e.financialYear(), e.amount(), Money::plus));
        Map<FinancialYear, Money> actual = new HashMap<>();
        monthly.forEach((month, amount) -> actual.merge(FinancialYear.containing(month), amount, Money::plus));
        Map<FinancialYear, Money> committed = new HashMap<>();
        commitments.stream().filter(Commitment::isOpen)
                .forEach(c -> committed.merge(c.financialYear(), c.amount(), Money::plus));

        TreeSet<FinancialYear> years = new TreeSet<>(programme.financialYears());
        List.of(budget.keySet(), actual.keySet(), committed.keySet(), forecasts.keySet()).forEach(years::addAll);
        return years.stream().map(year -> new CostLineYear(year, budget.getOrDefault(year, Money.ZERO),
                actual.getOrDefault(year, Money.ZERO), committed.getOrDefault(year, Money.ZERO), forecasts.get(year)))
                .toList();
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
