package org.tgov.budget.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tgov.budget.CostCategory;
import org.tgov.budget.ExpenditureType;
import org.tgov.funding.FundingManagement;
import org.tgov.benefits.SavingsManagement;
import org.tgov.programme.Programme;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.web.Formats;
import org.tgov.shared.web.Option;

/** What the cost line form offers to choose from, all within the cost line's programme. */
@Component
class CostLineChoices {

    private static final List<Option> CATEGORIES = Arrays.stream(CostCategory.values())
            .map(c -> new Option(c.name(), c.label())).toList();
    private static final List<Option> EXPENDITURE_TYPES = List.of(
            new Option(ExpenditureType.IMPROVEMENT.name(), "Improvement: meets the statutory duty to improve"),
            new Option(ExpenditureType.TRANSFORMATION.name(), "Transformation: designed to generate ongoing savings"));
    private final WorkstreamManagement workstreams;
    private final FundingManagement funding;
    private final SavingsManagement savings;
    private final Formats formats;

    CostLineChoices(WorkstreamManagement workstreams, FundingManagement funding, SavingsManagement savings,
            Formats formats) {
        this.workstreams = workstreams;
        this.funding = funding;
        this.savings = savings;
        this.formats = formats;
    }

    /**
     * @param budgetYears years that already have an original budget: offered even if the programme's
     *                    dates have moved, so that saving the form never drops them unseen
     * @return the years the form asks a budget for
     */
    List<FinancialYear> addTo(Model model, Programme programme, Collection<FinancialYear> budgetYears) {
        Long id = programme.getId();
        TreeSet<FinancialYear> years = new TreeSet<>(programme.financialYears());
        years.addAll(budgetYears);
        model.addAttribute("programme", programme);
        model.addAttribute("years", List.copyOf(years));
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("expenditureTypes", EXPENDITURE_TYPES);
        model.addAttribute("workstreams", workstreams.of(id).stream()
                .map(w -> new Option(w.getId().toString(), w.getName())).toList());
        model.addAttribute("fundingStreams", funding.streams(id).stream()
                .map(s -> new Option(s.getId().toString(), s.getName() + " (" + s.getType().label() + ")")).toList());
        model.addAttribute("fundingDecisions", funding.decisions(id).stream()
                .map(d -> new Option(d.getId().toString(), d.getReference() + ": " + d.getDecidedBy() + ", "
                        + formats.date(d.getDecidedOn()) + ", " + d.amount().format())).toList());
        model.addAttribute("savingsTargets", savings.of(id).stream()
                .map(t -> new Option(t.getId().toString(), t.financialYear().label() + ": " + t.getDescription()))
                .toList());
        return List.copyOf(years);
    }
}
