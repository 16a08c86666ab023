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
import org.tgov.improvement.EditablePlan;
import org.tgov.improvement.PlanDetails;
import org.tgov.improvement.PlanEditing;
import org.tgov.improvement.PlanStatus;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** Adding a version of the improvement plan, and changing one (its status as it is endorsed and submitted). */
@Controller
@RequestMapping("/programmes/{id}/plan/versions")
class PlanVersionController {

    private static final String FORM = "improvement/plan/version-form";

    private final PlanEditing plans;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    PlanVersionController(PlanEditing plans, ProgrammeManagement programmes, Notices notices) {
        this.plans = plans;
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
        model.addAttribute("form", new PlanVersionForm());
        return form(id, null, model);
    }

    @PostMapping("/new")
    @CanManageImprovement
    String add(@PathVariable Long id, @Valid @ModelAttribute("form") PlanVersionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        programmes.get(id);
        PlanDetails details = form.toDetails(binding);
        if (details == null) {
            return form(id, null, model);
        }
        try {
            plans.addPlan(id, details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, null, model);
        }
        notices.success(redirect, "improvement.plan.added", details.planVersion().strip());
        return "redirect:/programmes/" + id + "/plan";
    }

    @GetMapping("/{planId}")
    @CanManageImprovement
    String changeForm(@PathVariable Long id, @PathVariable Long planId, Model model) {
        EditablePlan plan = plans.plan(id, planId);
        model.addAttribute("form", PlanVersionForm.of(plan));
        return form(id, plan, model);
    }

    @PostMapping("/{planId}")
    @CanManageImprovement
    String change(@PathVariable Long id, @PathVariable Long planId, @Valid @ModelAttribute("form") PlanVersionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        EditablePlan plan = plans.plan(id, planId);
        PlanDetails details = form.toDetails(binding);
        if (details == null) {
            return form(id, plan, model);
        }
        try {
            plans.changePlan(id, planId, form.getVersion(), details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, plan, model);
        } catch (StaleEditException stale) {
            EditablePlan saved = plans.plan(id, planId);
            StaleEdits.showSaved(model, "form", PlanVersionForm.of(saved), form, stale);
            return form(id, saved, model);
        }
        notices.success(redirect, "improvement.plan.changed", details.planVersion().strip());
        return "redirect:/programmes/" + id + "/plan";
    }

    /** @param plan the version being changed, or null when adding one */
    private String form(Long id, EditablePlan plan, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("plan", plan);
        model.addAttribute("statuses", Arrays.stream(PlanStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
        return FORM;
    }
}
