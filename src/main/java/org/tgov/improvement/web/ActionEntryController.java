package org.tgov.improvement.web;

import jakarta.validation.Valid;
import java.util.Map;
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
import org.tgov.improvement.ActionEditing;
import org.tgov.improvement.ActionProgress;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.NewAction;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.StaleEdits;

/** Adding an action to the improvement plan, and changing what one says (its progress is recorded elsewhere). */
@Controller
@RequestMapping("/programmes/{id}/actions")
class ActionEntryController {

    private static final String FORM = "improvement/actions/form";
    /** The rules' subjects that this screen asks about in its one "what does it answer" choice. */
    private static final Map<String, String> FIELDS = Map.of("requirementId", "answers", "inspectionRecommendationId", "answers");

    private final ActionEditing editing;
    private final ActionProgress actions;
    private final ActionChoices choices;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    ActionEntryController(ActionEditing editing, ActionProgress actions, ActionChoices choices, ProgrammeManagement programmes,
            Notices notices) {
        this.editing = editing;
        this.actions = actions;
        this.choices = choices;
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
        model.addAttribute("form", new ActionForm());
        return form(id, null, model);
    }

    @PostMapping("/new")
    @CanManageImprovement
    String add(@PathVariable Long id, @Valid @ModelAttribute("form") ActionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        programmes.get(id);
        NewAction action = form.toAction(binding);
        if (action == null) {
            return form(id, null, model);
        }
        Long added;
        try {
            added = editing.add(id, action);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding, FIELDS);
            return form(id, null, model);
        }
        notices.success(redirect, "improvement.action.added", action.reference().strip());
        return "redirect:/programmes/" + id + "/actions/" + added;
    }

    @GetMapping("/{actionId}/edit")
    @CanManageImprovement
    String changeForm(@PathVariable Long id, @PathVariable Long actionId, Model model) {
        ActionView action = actions.action(id, actionId);
        model.addAttribute("form", ActionForm.of(action));
        return form(id, action, model);
    }

    @PostMapping("/{actionId}/edit")
    @CanManageImprovement
    String change(@PathVariable Long id, @PathVariable Long actionId, @Valid @ModelAttribute("form") ActionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ActionView action = actions.action(id, actionId);
        NewAction changed = form.toAction(binding);
        if (changed == null) {
            return form(id, action, model);
        }
        try {
            editing.change(id, actionId, form.getVersion(), changed);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding, FIELDS);
            return form(id, action, model);
        } catch (StaleEditException stale) {
            ActionView saved = actions.action(id, actionId);
            StaleEdits.showSaved(model, "form", ActionForm.of(saved), form, stale);
            return form(id, saved, model);
        }
        notices.success(redirect, "improvement.action.changed", changed.reference().strip());
        return "redirect:/programmes/" + id + "/actions/" + actionId;
    }

    /** @param action the action being changed, or null when adding one */
    private String form(Long id, ActionView action, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("action", action);
        choices.addTo(model, id, action == null ? null : action.ownerUserId());
        return FORM;
    }
}
