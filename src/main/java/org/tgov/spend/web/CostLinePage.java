package org.tgov.spend.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tgov.budget.BudgetMovement;
import org.tgov.budget.ForecastChange;
import org.tgov.identity.UserDirectory;
import org.tgov.spend.SpendEntryView;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.tgov.benefits.SavingsManagement;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.CostLineView;
import org.tgov.budget.ForecastManagement;
import org.tgov.budget.ForecastView;
import org.tgov.budget.LineFigures;
import org.tgov.budget.LineYears;
import org.tgov.funding.DecisionView;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.StreamView;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.spend.SpendManagement;

/**
 * Everything the cost line page shows. Its forms post to different controllers, which show this
 * page again with their errors, so the page is put together here once. A fixed number of queries
 * whatever the amount of spend, commitments or history.
 */
@Component
class CostLinePage {

    static final String VIEW = "spend/cost-line/show";

    private final CostLineManagement costLines;
    private final BudgetFigures figures;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final FundingFacts funding;
    private final SavingsManagement savings;
    private final SpendManagement spend;
    private final ForecastManagement forecasts;
    private final UserDirectory people;
    private final Clock clock;

    CostLinePage(CostLineManagement costLines, BudgetFigures figures, ProgrammeManagement programmes,
            WorkstreamManagement workstreams, FundingFacts funding, SavingsManagement savings, SpendManagement spend,
            ForecastManagement forecasts, UserDirectory people, Clock clock) {
        this.people = people;
        this.costLines = costLines;
        this.figures = figures;
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.funding = funding;
        this.savings = savings;
        this.spend = spend;
        this.forecasts = forecasts;
        this.clock = clock;
    }

    /** Adds the page's content to {@code model}, keeping any form (with its errors) already there. */
    @Transactional(readOnly = true)
    String show(Long costLineId, Model model) {
        CostLineView costLine = costLines.get(costLineId);
        Programme programme = programmes.get(costLine.programmeId());
        Map<Long, StreamView> streams = StreamView.byId(funding.streams(programme.getId()));
        model.addAttribute("costLine", costLine);
        model.addAttribute("programme", programme);
        model.addAttribute("workstream", workstreams.get(costLine.workstreamId()));
        model.addAttribute("streams", streams);
        DecisionView decision = costLine.fundingDecisionId() == null ? null
                : funding.decision(programme.getId(), costLine.fundingDecisionId());
        model.addAttribute("decision", decision);
        model.addAttribute("released", decision == null ? null : decision.releasedBy(LocalDate.now(clock)));
        model.addAttribute("savingsTargets", costLine.savingsTargetIds().isEmpty() ? List.of()
                : savings.targets(programme.getId()).stream().filter(t -> costLine.savingsTargetIds().contains(t.id())).toList());
        List<BudgetMovement> budgetHistory = costLines.budgetHistory(costLineId);
        LineYears lineYears = figures.ofLineWithForecasts(costLineId);
        List<ForecastView> forecastsNow = lineYears.forecasts();
        List<SpendEntryView> spendEntries = spend.spendOn(costLineId);
        List<ForecastChange> forecastHistory = forecasts.history(costLineId);
        model.addAttribute("budgetHistory", budgetHistory);
        model.addAttribute("years", years(programme, costLine, lineYears.figures(), forecastsNow));
        model.addAttribute("monthlyActuals", byMonth(spendEntries));
        model.addAttribute("spendEntries", spendEntries);
        model.addAttribute("commitments", spend.commitmentsOn(costLineId));
        model.addAttribute("forecastHistory", forecastHistory);
        // people by name, not username: one query for everyone the page mentions
        List<String> usernames = new ArrayList<>();
        budgetHistory.forEach(m -> usernames.add(m.recordedBy()));
        forecastsNow.forEach(f -> usernames.add(f.updatedBy()));
        spendEntries.forEach(e -> usernames.add(e.recordedBy()));
        forecastHistory.forEach(h -> usernames.add(h.by()));
        model.addAttribute("names", people.displayNames(usernames));

        addIfAbsent(model, "spendForm", new SpendForm());
        addIfAbsent(model, "commitmentForm", new CommitmentForm());
        addIfAbsent(model, "forecastForm", new ForecastForm());
        return VIEW;
    }

    /** Every year the programme spans or the cost line has figures in, oldest first. */
    private static List<CostLineYear> years(Programme programme, CostLineView line, List<LineFigures> figures,
            List<ForecastView> forecasts) {
        Map<FinancialYear, LineFigures> byYear = figures.stream().collect(Collectors.toMap(LineFigures::year, Function.identity()));
        Map<FinancialYear, ForecastView> forecastByYear = forecasts.stream()
                .collect(Collectors.toMap(ForecastView::year, Function.identity()));
        Set<FinancialYear> years = new TreeSet<>(programme.financialYears());
        years.addAll(byYear.keySet());
        years.addAll(line.streams().keySet());
        return years.stream().map(year -> {
            LineFigures f = byYear.getOrDefault(year, LineFigures.none(line.id(), year));
            return new CostLineYear(year, line.streamIn(year), f.budget(), f.actual(), f.committed(), forecastByYear.get(year));
        }).toList();
    }

    /** The line's actual spend by month, added up from the entries the page lists (all of the line's). */
    static Map<LocalDate, Money> byMonth(List<SpendEntryView> entries) {
        Map<LocalDate, Money> months = new TreeMap<>();
        entries.forEach(e -> months.merge(e.month(), e.amount(), Money::plus));
        return months;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
