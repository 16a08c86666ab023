package org.tgov.budget.web;

import org.tgov.identity.CanEditProgrammeData;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.budget.CostLine;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.CostLineManagement;
import org.tgov.reporting.FinanceReports;
import org.tgov.funding.FundingDecision;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStream;
import org.tgov.reporting.Measures;
import org.tgov.reporting.ProgrammeFinance;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;

/** A programme's cost lines: the list, and adding or changing one with its original budget. */
@Controller
class CostLineController {

    private static final String FORM = "budget/cost-lines/form";

    private final CostLineManagement costLines;
    private final ProgrammeManagement programmes;
    private final FinanceReports reports;
    private final FundingManagement funding;
    private final WorkstreamManagement workstreams;
    private final CostLineChoices choices;

    CostLineController(CostLineManagement costLines, ProgrammeManagement programmes, FinanceReports reports,
            FundingManagement funding, WorkstreamManagement workstreams, CostLineChoices choices) {
        this.costLines = costLines;
        this.programmes = programmes;
        this.reports = reports;
        this.funding = funding;
        this.workstreams = workstreams;
        this.choices = choices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/programmes/{id}/cost-lines")
    String list(@PathVariable Long id, Model model) {
        Programme programme = programmes.get(id);
        ProgrammeFinance finance = reports.programmeFinance(id);
        Map<Long, Measures> totals = finance.byCostLine().stream()
                .collect(Collectors.toMap(ProgrammeFinance.Row::id, ProgrammeFinance.Row::total));
        Map<Long, String> workstreamNames = workstreams.of(id).stream()
                .collect(Collectors.toMap(Workstream::getId, Workstream::getName));
        Map<Long, String> streamNames = funding.streams(id).stream()
                .collect(Collectors.toMap(FundingStream::getId, FundingStream::getName));
        Map<Long, String> decisionReferences = funding.decisions(id).stream()
                .collect(Collectors.toMap(FundingDecision::getId, FundingDecision::getReference));
        List<CostLineListItem> items = costLines.of(id).stream()
                .map(c -> new CostLineListItem(c, workstreamNames.get(c.getWorkstreamId()),
                        streamNames.get(c.getFundingStreamId()),
                        c.getFundingDecisionId() == null ? null : decisionReferences.get(c.getFundingDecisionId()),
                        totals.getOrDefault(c.getId(), Measures.ZERO)))
                .toList();
        model.addAttribute("programme", programme);
        model.addAttribute("items", items);
        model.addAttribute("total", finance.total().total());
        model.addAttribute("illustrative", items.stream().anyMatch(i -> i.costLine().isIllustrative()));
        return "budget/cost-lines/list";
    }

    @GetMapping("/programmes/{id}/cost-lines/new")
    @CanEditProgrammeData
    String createForm(@PathVariable Long id, Model model) {
        choices.addTo(model, programmes.get(id), List.of());
        model.addAttribute("form", new CostLineForm());
        return FORM;
    }

    @PostMapping("/programmes/{id}/cost-lines")
    @CanEditProgrammeData
    String create(@PathVariable Long id, @Valid @ModelAttribute("form") CostLineForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        List<FinancialYear> years = choices.addTo(model, programmes.get(id), List.of());
        try {
            Map<FinancialYear, Money> budget = form.toBudget(years, binding);
            CostLineDetails details = form.toDetails(binding);
            if (details == null) {
                return FORM;
            }
            Long costLineId = costLines.create(id, details, budget);
            redirect.addFlashAttribute("success", "Cost line " + details.code() + " added");
            return "redirect:/cost-lines/" + costLineId;
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return FORM;
        }
    }

    @GetMapping("/cost-lines/{costLineId}/edit")
    @CanEditProgrammeData
    String editForm(@PathVariable Long costLineId, Model model) {
        CostLine costLine = costLines.get(costLineId);
        Map<FinancialYear, Money> original = costLines.originalBudget(costLineId);
        choices.addTo(model, programmes.get(costLine.getProgrammeId()), original.keySet());
        model.addAttribute("costLine", costLine);
        model.addAttribute("form", CostLineForm.of(costLine, original));
        return FORM;
    }

    @PostMapping("/cost-lines/{costLineId}")
    @CanEditProgrammeData
    String update(@PathVariable Long costLineId, @Valid @ModelAttribute("form") CostLineForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CostLine costLine = costLines.get(costLineId);
        List<FinancialYear> years = choices.addTo(model, programmes.get(costLine.getProgrammeId()),
                costLines.originalBudget(costLineId).keySet());
        model.addAttribute("costLine", costLine);
        try {
            Map<FinancialYear, Money> budget = form.toBudget(years, binding);
            CostLineDetails details = form.toDetails(binding);
            if (details == null) {
                return FORM;
            }
            costLines.update(costLineId, form.getVersion(), details, budget);
            redirect.addFlashAttribute("success", "Cost line " + details.code() + " updated");
            return "redirect:/cost-lines/" + costLineId;
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return FORM;
        } catch (StaleEditException stale) {
            return showSaved(costLineId, form, stale, model);
        }
    }

    /** Someone saved first: show what is saved now, and what this person typed, without overwriting. */
    private String showSaved(Long costLineId, CostLineForm unsaved, StaleEditException stale, Model model) {
        CostLine current = costLines.get(costLineId);
        CostLineForm saved = CostLineForm.of(current, costLines.originalBudget(costLineId));
        BindingResult fresh = new BeanPropertyBindingResult(saved, "form");
        fresh.reject("stale", stale.getMessage() + " The form now shows the saved details; make your changes again.");
        model.addAttribute("costLine", current);
        model.addAttribute("unsaved", unsaved);
        model.addAttribute("form", saved);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
        return FORM;
    }
}
