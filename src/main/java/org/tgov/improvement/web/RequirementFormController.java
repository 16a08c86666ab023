package org.tgov.improvement.web;

import jakarta.validation.Valid;
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
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.InterventionView;
import org.tgov.improvement.RequirementView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.StaleEdits;

/** Adding a requirement to a notice or direction, and changing what one says; compliance has its own form. */
@Controller
@RequestMapping("/programmes/{id}")
class RequirementFormController {

    private static final String FORM = "improvement/interventions/requirement-form";

    private final InterventionManagement interventions;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    RequirementFormController(InterventionManagement interventions, ProgrammeManagement programmes, Notices notices) {
        this.interventions = interventions;
        this.programmes = programmes;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/interventions/{interventionId}/requirements/new")
    @CanManageImprovement
    String addForm(@PathVariable Long id, @PathVariable Long interventionId, Model model) {
        model.addAttribute("form", new RequirementForm());
        return form(id, interventions.intervention(id, interventionId), null, model);
    }

    @PostMapping("/interventions/{interventionId}/requirements")
    @CanManageImprovement
    String add(@PathVariable Long id, @PathVariable Long interventionId, @Valid @ModelAttribute("form") RequirementForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        InterventionView intervention = interventions.intervention(id, interventionId);
        if (binding.hasErrors()) {
            return form(id, intervention, null, model);
        }
        try {
            Long added = interventions.require(id, interventionId, form.getLabel(), form.getRequirement());
            notices.success(redirect, "improvement.requirement.added", interventions.requirement(id, added).cited());
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, intervention, null, model);
        }
        return "redirect:/programmes/" + id + "/interventions";
    }

    @GetMapping("/requirements/{requirementId}/edit")
    @CanManageImprovement
    String changeForm(@PathVariable Long id, @PathVariable Long requirementId, Model model) {
        RequirementView requirement = interventions.requirement(id, requirementId);
        model.addAttribute("form", RequirementForm.of(requirement));
        return form(id, interventions.intervention(id, requirement.interventionId()), requirement, model);
    }

    @PostMapping("/requirements/{requirementId}/edit")
    @CanManageImprovement
    String change(@PathVariable Long id, @PathVariable Long requirementId, @Valid @ModelAttribute("form") RequirementForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        RequirementView requirement = interventions.requirement(id, requirementId);
        InterventionView intervention = interventions.intervention(id, requirement.interventionId());
        if (binding.hasErrors()) {
            return form(id, intervention, requirement, model);
        }
        try {
            interventions.reword(id, requirementId, form.getVersion(), form.getRequirement());
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, intervention, requirement, model);
        } catch (StaleEditException stale) {
            RequirementView saved = interventions.requirement(id, requirementId);
            StaleEdits.showSaved(model, "form", RequirementForm.of(saved), form, stale);
            return form(id, intervention, saved, model);
        }
        notices.success(redirect, "improvement.requirement.changed", requirement.cited());
        return "redirect:/programmes/" + id + "/interventions";
    }

    private String form(Long id, InterventionView intervention, RequirementView requirement, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("intervention", intervention);
        model.addAttribute("requirement", requirement);
        return FORM;
    }
}
