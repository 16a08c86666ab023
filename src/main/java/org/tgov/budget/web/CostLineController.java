package org.tgov.budget.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.CostLineView;
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.StaleEdits;

/** Adding or changing a cost line with its original budget and funding stream for each year. */
@Controller
@CanEditProgrammeData
class CostLineController {

    private static final String FORM = "budget/cost-lines/form";

    private final CostLineManagement costLines;
    private final ProgrammeManagement programmes;
    private final CostLineChoices choices;
    private final Notices notices;

    CostLineController(CostLineManagement costLines, ProgrammeManagement programmes, CostLineChoices choices,
            Notices notices) {
        this.costLines = costLines;
        this.programmes = programmes;
        this.choices = choices;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/programmes/{id}/cost-lines/new")
    String createForm(@PathVariable Long id, Model model) {
        CostLineChoices.Years years = choices.addTo(model, programmes.get(id), List.of());
        model.addAttribute("form", CostLineForm.forNew(years.years(), years.onlyStream()));
        return FORM;
    }

    @PostMapping("/programmes/{id}/cost-lines")
    String create(@PathVariable Long id, @Valid @ModelAttribute("form") CostLineForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        List<FinancialYear> years = choices.addTo(model, programmes.get(id), List.of()).years();
        Map<FinancialYear, Money> budget = form.toBudget(years, binding);
        CostLineDetails details = form.toDetails(binding, years);
        if (details == null || binding.hasErrors()) {
            return FORM;
        }
        try {
            Long costLineId = costLines.create(id, details, budget);
            notices.success(redirect, "costLine.added", details.code());
            return "redirect:/cost-lines/" + costLineId;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return FORM;
        }
    }

    @GetMapping("/cost-lines/{costLineId}/edit")
    String editForm(@PathVariable Long costLineId, Model model) {
        CostLineView costLine = costLines.get(costLineId);
        Map<FinancialYear, Money> original = costLines.originalBudget(costLineId);
        choices.addTo(model, programmes.get(costLine.programmeId()), yearsOf(costLine, original));
        model.addAttribute("costLine", costLine);
        model.addAttribute("form", CostLineForm.of(costLine, original));
        return FORM;
    }

    @PostMapping("/cost-lines/{costLineId}")
    String update(@PathVariable Long costLineId, @Valid @ModelAttribute("form") CostLineForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CostLineView costLine = costLines.get(costLineId);
        List<FinancialYear> years = choices.addTo(model, programmes.get(costLine.programmeId()),
                yearsOf(costLine, costLines.originalBudget(costLineId))).years();
        model.addAttribute("costLine", costLine);
        Map<FinancialYear, Money> budget = form.toBudget(years, binding);
        CostLineDetails details = form.toDetails(binding, years);
        if (details == null || binding.hasErrors()) {
            return FORM;
        }
        try {
            costLines.update(costLineId, form.getVersion(), details, budget);
            notices.success(redirect, "costLine.updated", details.code());
            return "redirect:/cost-lines/" + costLineId;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return FORM;
        } catch (StaleEditException stale) {
            CostLineView current = costLines.get(costLineId);
            model.addAttribute("costLine", current);
            StaleEdits.showSaved(model, "form", CostLineForm.of(current, costLines.originalBudget(costLineId)), form, stale);
            return FORM;
        }
    }

    private static TreeSet<FinancialYear> yearsOf(CostLineView costLine, Map<FinancialYear, Money> original) {
        TreeSet<FinancialYear> years = new TreeSet<>(original.keySet());
        years.addAll(costLine.streams().keySet());
        return years;
    }
}
