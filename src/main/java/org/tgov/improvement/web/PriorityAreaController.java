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
import org.tgov.improvement.EditableArea;
import org.tgov.improvement.PlanEditing;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.StaleEdits;

/** Adding a priority area to the improvement plan, and renaming one. */
@Controller
@RequestMapping("/programmes/{id}/plan/areas")
class PriorityAreaController {

    private static final String FORM = "improvement/plan/area-form";

    private final PlanEditing plans;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    PriorityAreaController(PlanEditing plans, ProgrammeManagement programmes, Notices notices) {
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
        model.addAttribute("form", new PriorityAreaForm());
        return form(id, null, model);
    }

    @PostMapping("/new")
    @CanManageImprovement
    String add(@PathVariable Long id, @Valid @ModelAttribute("form") PriorityAreaForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        programmes.get(id);
        if (binding.hasErrors()) {
            return form(id, null, model);
        }
        try {
            plans.addPriorityArea(id, form.getName());
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, null, model);
        }
        notices.success(redirect, "improvement.area.added", form.getName().strip());
        return "redirect:/programmes/" + id + "/plan";
    }

    @GetMapping("/{areaId}")
    @CanManageImprovement
    String renameForm(@PathVariable Long id, @PathVariable Long areaId, Model model) {
        EditableArea area = plans.priorityArea(id, areaId);
        model.addAttribute("form", PriorityAreaForm.of(area));
        return form(id, area, model);
    }

    @PostMapping("/{areaId}")
    @CanManageImprovement
    String rename(@PathVariable Long id, @PathVariable Long areaId, @Valid @ModelAttribute("form") PriorityAreaForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        EditableArea area = plans.priorityArea(id, areaId);
        if (binding.hasErrors()) {
            return form(id, area, model);
        }
        try {
            plans.renamePriorityArea(id, areaId, form.getVersion(), form.getName());
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, area, model);
        } catch (StaleEditException stale) {
            EditableArea saved = plans.priorityArea(id, areaId);
            StaleEdits.showSaved(model, "form", PriorityAreaForm.of(saved), form, stale);
            return form(id, saved, model);
        }
        notices.success(redirect, "improvement.area.renamed", form.getName().strip());
        return "redirect:/programmes/" + id + "/plan";
    }

    /** @param area the priority area being renamed, or null when adding one */
    private String form(Long id, EditableArea area, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("area", area);
        return FORM;
    }
}
