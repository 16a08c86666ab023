package org.tgov.improvement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.identity.CanRecordProgress;
import org.tgov.improvement.ActionDescriptions;
import org.tgov.improvement.ActionProgress;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.ProgressDetails;
import org.tgov.improvement.Rating;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** One action of the improvement plan with its history, and the form that records a progress update on it. */
@Controller
@RequestMapping("/programmes/{id}/actions/{actionId}")
class ActionController {

    private static final String FORM = "improvement/actions/progress-form";

    private final ActionProgress actions;
    private final ActionDescriptions descriptions;
    private final ProgrammeManagement programmes;
    private final Notices notices;
    private final Clock clock;

    ActionController(ActionProgress actions, ActionDescriptions descriptions, ProgrammeManagement programmes, Notices notices,
            Clock clock) {
        this.actions = actions;
        this.descriptions = descriptions;
        this.programmes = programmes;
        this.notices = notices;
        this.clock = clock;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping
    String show(@PathVariable Long id, @PathVariable Long actionId, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("action", descriptions.describe(id, actions.action(id, actionId)));
        model.addAttribute("history", actions.history(id, actionId));
        model.addAttribute("mayUpdate", actions.mayUpdate(id, actionId));
        return "improvement/actions/show";
    }

    @GetMapping("/progress")
    @CanRecordProgress
    String form(@PathVariable Long id, @PathVariable Long actionId, Model model) {
        ActionView action = updatable(id, actionId);
        model.addAttribute("form", ProgressForm.of(action, LocalDate.now(clock)));
        return form(id, action, model);
    }

    @PostMapping("/progress")
    @CanRecordProgress
    String record(@PathVariable Long id, @PathVariable Long actionId, @Validated @ModelAttribute("form") ProgressForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ActionView action = updatable(id, actionId);
        ProgressDetails details = form.toDetails(binding);
        if (details == null) {
            return form(id, action, model);
        }
        try {
            actions.record(id, actionId, form.getVersion(), details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, action, model);
        } catch (StaleEditException stale) {
            ActionView saved = actions.action(id, actionId);
            StaleEdits.showSaved(model, "form", ProgressForm.of(saved, LocalDate.now(clock)), form, stale);
            return form(id, saved, model);
        }
        notices.success(redirect, "improvement.progress.recorded", action.reference());
        return "redirect:/programmes/" + id + "/actions/" + actionId;
    }

    /** The action, if the signed-in person may update it: an officer only their own or their workstream's. */
    private ActionView updatable(Long id, Long actionId) {
        ActionView action = actions.action(id, actionId);
        if (!actions.mayUpdate(id, actionId)) {
            throw new AccessDeniedException("Not the owner of the action nor of its workstream");
        }
        return action;
    }

    private String form(Long id, ActionView action, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("action", descriptions.describe(id, action));
        model.addAttribute("statuses", Arrays.stream(ActionStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("ratings", Arrays.stream(Rating.values()).map(r -> new Option(r.name(), r.label())).toList());
        return FORM;
    }
}
