package org.tgov.budget.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tgov.benefits.SavingsManagement;
import org.tgov.budget.CostCategory;
import org.tgov.budget.ExpenditureType;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.StreamView;
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

    /** The years a form asks about, and the only funding stream when the programme has exactly one. */
    record Years(List<FinancialYear> years, Long onlyStream) {
    }

    private final WorkstreamManagement workstreams;
    private final FundingFacts funding;
    private final SavingsManagement savings;
    private final Formats formats;
    private final MessageSource messages;

    CostLineChoices(WorkstreamManagement workstreams, FundingFacts funding, SavingsManagement savings, Formats formats,
            MessageSource messages) {
        this.workstreams = workstreams;
        this.funding = funding;
        this.savings = savings;
        this.formats = formats;
        this.messages = messages;
    }

    /**
     * @param budgetYears years that already have an original budget or a stream: offered even if the
     *                    programme's dates have moved, so that saving the form never drops them unseen
     */
    Years addTo(Model model, Programme programme, Collection<FinancialYear> budgetYears) {
        Long id = programme.getId();
        TreeSet<FinancialYear> years = new TreeSet<>(programme.financialYears());
        years.addAll(budgetYears);
        List<StreamView> streams = funding.streams(id);
        model.addAttribute("programme", programme);
        model.addAttribute("years", List.copyOf(years));
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("expenditureTypes", Arrays.stream(ExpenditureType.values())
                .map(type -> new Option(type.name(), messages.getMessage("costLine.expenditureType." + type.name(), null,
                        LocaleContextHolder.getLocale()))).toList());
        model.addAttribute("workstreams", workstreams.of(id).stream()
                .map(w -> new Option(w.getId().toString(), w.getName())).toList());
        model.addAttribute("fundingStreams", streams.stream()
                .map(s -> new Option(s.id().toString(), s.name() + " (" + s.type().label() + ")")).toList());
        model.addAttribute("fundingDecisions", funding.decisions(id).stream()
                .map(d -> new Option(d.id().toString(), d.reference() + ": " + d.decidedBy() + ", "
                        + formats.date(d.decidedOn()) + ", " + d.amount().format())).toList());
        model.addAttribute("savingsTargets", savings.targets(id).stream()
                .map(t -> new Option(t.id().toString(), t.year().label() + ": " + t.description())).toList());
        return new Years(List.copyOf(years), streams.size() == 1 ? streams.get(0).id() : null);
    }
}
