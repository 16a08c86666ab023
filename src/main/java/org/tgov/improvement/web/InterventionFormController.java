package org.tgov.improvement.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.identity.CanManageImprovement;
import org.tgov.improvement.InterventionDetails;
import org.tgov.improvement.InterventionKind;
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.InterventionView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** Adding a notice or direction the council is under, and changing it. */
@Controller
@RequestMapping("/programmes/{id}/interventions")
class InterventionFormController {

    private static final String FORM = "improvement/interventions/form";

    private final InterventionManagement interventions;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    InterventionFormController(InterventionManagement interventions, ProgrammeManagement programmes, Notices notices) {
        this.interventions = interventions;
        this.programmes = programmes;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/new")
    @CanManageImprovement
    String addForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", new InterventionForm());
        return form(id, null, model);
    }

    @PostMapping
    @CanManageImprovement
    String add(@PathVariable Long id, @Valid @ModelAttribute("form") InterventionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        programmes.get(id);
        InterventionDetails details = form.toDetails(binding);
        if (details == null) {
            return form(id, null, model);
        }
        try {
            interventions.issue(id, details, java.util.List.of());
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, null, model);
        }
        notices.success(redirect, "improvement.intervention.added", details.title());
        return "redirect:/programmes/" + id + "/interventions";
    }

    @GetMapping("/{interventionId}/edit")
    @CanManageImprovement
    String changeForm(@PathVariable Long id, @PathVariable Long interventionId, Model model) {
        InterventionView intervention = interventions.intervention(id, interventionId);
        model.addAttribute("form", InterventionForm.of(intervention));
        return form(id, intervention, model);
    }

    @PostMapping("/{interventionId}")
    @CanManageImprovement
    String change(@PathVariable Long id, @PathVariable Long interventionId, @Valid @ModelAttribute("form") InterventionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        InterventionView intervention = interventions.intervention(id, interventionId);
        InterventionDetails details = form.toDetails(binding);
        if (details == null) {
            return form(id, intervention, model);
        }
        try {
            interventions.change(id, interventionId, form.getVersion(), details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, intervention, model);
        } catch (StaleEditException stale) {
            InterventionView saved = interventions.intervention(id, interventionId);
            StaleEdits.showSaved(model, "form", InterventionForm.of(saved), form, stale);
            return form(id, saved, model);
        }
        notices.success(redirect, "improvement.intervention.changed", details.title());
        return "redirect:/programmes/" + id + "/interventions";
    }

    private String form(Long id, InterventionView intervention, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("intervention", intervention);
        model.addAttribute("kinds", Arrays.stream(InterventionKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        return FORM;
    }
}
