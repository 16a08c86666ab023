package org.tgov.budget.web;

import org.tgov.identity.CanEditProgrammeData;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequest;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestStatus;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.CostLineManagement;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.Option;

/** Drafting a change request and changing it while it is a draft. */
@Controller
@CanEditProgrammeData
class ChangeRequestFormController {

    private static final String TEMPLATE = "budget/change-requests/form";

    private final ChangeRequestManagement changes;
    private final ProgrammeManagement programmes;
    private final CostLineManagement costLines;

    ChangeRequestFormController(ChangeRequestManagement changes, ProgrammeManagement programmes,
            CostLineManagement costLines) {
        this.changes = changes;
        this.programmes = programmes;
        this.costLines = costLines;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @ModelAttribute("types")
    List<Option> types() {
        return Arrays.stream(ChangeRequestType.values()).map(t -> new Option(t.name(), t.label(), t.description())).toList();
    }

    @GetMapping("/programmes/{id}/change-requests/new")
    String draftForm(@PathVariable Long id, Model model) {
        return show(programmes.get(id), null, new ChangeRequestForm(), model);
    }

    @PostMapping("/programmes/{id}/change-requests")
    String draft(@PathVariable Long id, @Valid @ModelAttribute("form") ChangeRequestForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Programme programme = programmes.get(id);
        List<BudgetChange> lines = form.toChanges(binding, programme.financialYears());
        if (binding.hasErrors()) {
            return show(programme, null, form, model);
        }
        try {
            Long rid = changes.draft(id, form.getType(), form.getTitle(), form.getRationale(), lines);
            redirect.addFlashAttribute("success", "Change request #" + rid + " saved as a draft");
            return "redirect:/change-requests/" + rid;
        } catch (RuleViolation violation) {
            showOn(binding, violation);
            return show(programme, null, form, model);
        }
    }

    @GetMapping("/change-requests/{rid}/edit")
    String editForm(@PathVariable Long rid, Model model) {
        ChangeRequest request = changes.get(rid);
        if (request.getStatus() != ChangeRequestStatus.DRAFT) {
            // Only drafts change; the request's page says where it has got to.
            return "redirect:/change-requests/" + rid;
        }
        return show(programmes.get(request.getProgrammeId()), request, ChangeRequestForm.of(request), model);
    }

    @PostMapping("/change-requests/{rid}")
    String revise(@PathVariable Long rid, @Valid @ModelAttribute("form") ChangeRequestForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ChangeRequest request = changes.get(rid);
        Programme programme = programmes.get(request.getProgrammeId());
        List<BudgetChange> lines = form.toChanges(binding, programme.financialYears());
        if (binding.hasErrors()) {
            return show(programme, request, form, model);
        }
        try {
            changes.revise(rid, form.getVersion(), form.getType(), form.getTitle(), form.getRationale(), lines);
            redirect.addFlashAttribute("success", "Change request #" + rid + " saved");
            return "redirect:/change-requests/" + rid;
        } catch (RuleViolation violation) {
            showOn(binding, violation);
            return show(programme, request, form, model);
        } catch (StaleEditException stale) {
            ChangeRequest saved = changes.get(rid);
            ChangeRequestForm current = ChangeRequestForm.of(saved);
            BindingResult fresh = new BeanPropertyBindingResult(current, "form");
            fresh.reject("stale", stale.getMessage() + " The form now shows the saved change request; make your changes again.");
            model.addAttribute("unsaved", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
            return show(programme, saved, current, model);
        }
    }

    private String show(Programme programme, ChangeRequest request, ChangeRequestForm form, Model model) {
        form.padRows();
        model.addAttribute("programme", programme);
        model.addAttribute("changeRequest", request);
        model.addAttribute("form", form);
        model.addAttribute("costLines", costLines.of(programme.getId()).stream()
                .map(c -> new Option(c.getId().toString(), c.getCode() + " " + c.getName())).toList());
        model.addAttribute("years", programme.financialYears().stream()
                .map(y -> new Option(Integer.toString(y.startYear()), y.label())).toList());
        return TEMPLATE;
    }

    /** Next to its field when the form has one, otherwise in the error summary. */
    private static void showOn(BindingResult binding, RuleViolation violation) {
        if (violation.field() != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(violation.field())) {
            violation.addTo(binding);
        } else {
            binding.reject("rule", violation.getMessage());
        }
    }
}
