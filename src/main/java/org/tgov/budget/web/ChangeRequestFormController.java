package org.tgov.budget.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.ChangeRequestView;
import org.tgov.budget.CostLineManagement;
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** Drafting a change request and changing it while it is a draft. */
@Controller
@CanEditProgrammeData
class ChangeRequestFormController {

    private static final String TEMPLATE = "budget/change-requests/form";

    private final ChangeRequestManagement changes;
    private final ProgrammeManagement programmes;
    private final CostLineManagement costLines;
    private final Notices notices;

    ChangeRequestFormController(ChangeRequestManagement changes, ProgrammeManagement programmes,
            CostLineManagement costLines, Notices notices) {
        this.changes = changes;
        this.programmes = programmes;
        this.costLines = costLines;
        this.notices = notices;
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
            notices.success(redirect, "changeRequest.savedAsDraft", rid);
            return "redirect:/change-requests/" + rid;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return show(programme, null, form, model);
        }
    }

    @GetMapping("/change-requests/{rid}/edit")
    String editForm(@PathVariable Long rid, Model model) {
        ChangeRequestView request = changes.get(rid);
        if (!request.isDraft()) {
            // Only drafts change; the request's page says where it has got to.
            return "redirect:/change-requests/" + rid;
        }
        return show(programmes.get(request.programmeId()), request, ChangeRequestForm.of(request), model);
    }

    @PostMapping("/change-requests/{rid}")
    String revise(@PathVariable Long rid, @Valid @ModelAttribute("form") ChangeRequestForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ChangeRequestView request = changes.get(rid);
        Programme programme = programmes.get(request.programmeId());
        List<BudgetChange> lines = form.toChanges(binding, programme.financialYears());
        if (binding.hasErrors()) {
            return show(programme, request, form, model);
        }
        try {
            changes.revise(rid, form.getVersion(), form.getType(), form.getTitle(), form.getRationale(), lines);
            notices.success(redirect, "changeRequest.saved", rid);
            return "redirect:/change-requests/" + rid;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return show(programme, request, form, model);
        } catch (StaleEditException stale) {
            ChangeRequestView saved = changes.get(rid);
            ChangeRequestForm current = ChangeRequestForm.of(saved);
            StaleEdits.showSaved(model, "form", current, form, stale);
            return show(programme, saved, current, model);
        }
    }

    private String show(Programme programme, ChangeRequestView request, ChangeRequestForm form, Model model) {
        form.padRows();
        model.addAttribute("programme", programme);
        model.addAttribute("changeRequest", request);
        model.addAttribute("form", form);
        model.addAttribute("costLines", costLines.of(programme.getId()).stream()
                .map(c -> new Option(c.id().toString(), c.label())).toList());
        model.addAttribute("years", programme.financialYears().stream()
                .map(y -> new Option(Integer.toString(y.startYear()), y.label())).toList());
        return TEMPLATE;
    }
}
