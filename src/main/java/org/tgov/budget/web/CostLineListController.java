package org.tgov.budget.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
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
import org.tgov.shared.web.Pagination;

/**
 * A programme's cost lines with their figures over all years, a page of {@value Pagination#ROWS} at a
 * time, filtered by workstream or to the overspent; lines spending beyond budget or forecast are flagged.
 * A programme has a few hundred lines: their figures are read in the same fixed number of queries and
 * filtered here, and only the page's rows are rendered.
 */
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

    /**
     * @param workstream only the lines of this workstream, when given
     * @param overspent  only the lines spending beyond budget or forecast in some year
     * @param page       which page of {@value Pagination#ROWS} lines; the totals are the whole filtered list's
     */
    @GetMapping("/programmes/{id}/cost-lines")
    String list(@PathVariable Long id, @RequestParam(required = false) Long workstream,
            @RequestParam(defaultValue = "false") boolean overspent, @RequestParam(required = false) String page,
            Model model) {
        Programme programme = programmes.get(id);
        Map<Long, Measures> totals = new HashMap<>();
        Set<Long> overspentLines = new HashSet<>();
        figures.of(id).forEach(f -> {
            Measures year = Measures.of(f);
            totals.merge(f.costLineId(), year, Measures::plus);
            if (year.overspent()) {
                overspentLines.add(f.costLineId());
            }
        });
        List<Workstream> programmeWorkstreams = workstreams.of(id);
        Map<Long, String> workstreamNames = programmeWorkstreams.stream()
                .collect(Collectors.toMap(Workstream::getId, Workstream::getName));
        Map<Long, StreamView> streams = StreamView.byId(funding.streams(id));
        Map<Long, String> decisionReferences = funding.decisions(id).stream()
                .collect(Collectors.toMap(DecisionView::id, DecisionView::reference));
        List<CostLineView> all = costLines.of(id);
        List<CostLineListItem> items = all.stream()
                .filter(c -> workstream == null || workstream.equals(c.workstreamId()))
                .filter(c -> !overspent || overspentLines.contains(c.id()))
                .map(c -> new CostLineListItem(c, workstreamNames.get(c.workstreamId()), streamNames(c, streams),
                        c.fundingDecisionId() == null ? null : decisionReferences.get(c.fundingDecisionId()),
                        totals.getOrDefault(c.id(), Measures.ZERO), overspentLines.contains(c.id())))
                .toList();
        model.addAttribute("programme", programme);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/programmes/" + id + "/cost-lines")
                .queryParamIfPresent("workstream", Optional.ofNullable(workstream))
                .queryParamIfPresent("overspent", overspent ? Optional.of(true) : Optional.empty());
        Pagination<CostLineListItem> rows = Pagination.of(items, page, base);
        model.addAttribute("items", rows.rows());
        model.addAttribute("pagination", rows);
        model.addAttribute("filtered", workstream != null || overspent);
        model.addAttribute("lineCount", all.size());
        model.addAttribute("workstreams", programmeWorkstreams);
        model.addAttribute("workstreamFilter", workstream);
        model.addAttribute("overspentFilter", overspent);
        model.addAttribute("total", items.stream().map(CostLineListItem::total).reduce(Measures.ZERO, Measures::plus));
        model.addAttribute("illustrative", rows.rows().stream().anyMatch(i -> i.costLine().illustrative()));
        model.addAttribute("overspent", overspentLines.size());
        return "budget/cost-lines/list";
    }

    private static List<String> streamNames(CostLineView line, Map<Long, StreamView> streams) {
        return line.streams().values().stream().distinct().map(streams::get).filter(Objects::nonNull)
                .map(StreamView::name).toList();
    }
}
