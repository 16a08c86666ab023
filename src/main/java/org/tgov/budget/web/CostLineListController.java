package org.tgov.budget.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.CostLineView;
import org.tgov.budget.Measures;
import org.tgov.funding.DecisionView;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.StreamView;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;

/** A programme's cost lines with their figures over all years; lines spending beyond budget or forecast are flagged. */
@Controller
class CostLineListController {

    private final CostLineManagement costLines;
    private final BudgetFigures figures;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final FundingFacts funding;

    CostLineListController(CostLineManagement costLines, BudgetFigures figures, ProgrammeManagement programmes,
            WorkstreamManagement workstreams, FundingFacts funding) {
        this.costLines = costLines;
        this.figures = figures;
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.funding = funding;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/programmes/{id}/cost-lines")
    String list(@PathVariable Long id, Model model) {
        Programme programme = programmes.get(id);
        Map<Long, Measures> totals = new HashMap<>();
        Set<Long> overspent = new HashSet<>();
        figures.of(id).forEach(f -> {
            Measures year = Measures.of(f);
            totals.merge(f.costLineId(), year, Measures::plus);
            if (year.overspent()) {
                overspent.add(f.costLineId());
            }
        });
        Map<Long, String> workstreamNames = workstreams.of(id).stream()
                .collect(Collectors.toMap(Workstream::getId, Workstream::getName));
        Map<Long, StreamView> streams = StreamView.byId(funding.streams(id));
        Map<Long, String> decisionReferences = funding.decisions(id).stream()
                .collect(Collectors.toMap(DecisionView::id, DecisionView::reference));
        List<CostLineListItem> items = costLines.of(id).stream()
                .map(c -> new CostLineListItem(c, workstreamNames.get(c.workstreamId()), streamNames(c, streams),
                        c.fundingDecisionId() == null ? null : decisionReferences.get(c.fundingDecisionId()),
                        totals.getOrDefault(c.id(), Measures.ZERO), overspent.contains(c.id())))
                .toList();
        model.addAttribute("programme", programme);
        model.addAttribute("items", items);
        model.addAttribute("total", items.stream().map(CostLineListItem::total).reduce(Measures.ZERO, Measures::plus));
        model.addAttribute("illustrative", items.stream().anyMatch(i -> i.costLine().illustrative()));
        model.addAttribute("overspent", items.stream().filter(CostLineListItem::overspent).count());
        return "budget/cost-lines/list";
    }

    private static List<String> streamNames(CostLineView line, Map<Long, StreamView> streams) {
        return line.streams().values().stream().distinct().map(streams::get).filter(Objects::nonNull)
                .map(StreamView::name).toList();
    }
}
