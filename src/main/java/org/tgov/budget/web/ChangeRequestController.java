package org.tgov.budget.web;

import org.tgov.identity.CanEditProgrammeData;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.budget.ChangeRequest;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestStatus;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;

/** A programme's change requests: the list, one request, and what can be done to it from its page. */
@Controller
class ChangeRequestController {


    private final ChangeRequestManagement changes;
    private final ProgrammeManagement programmes;
    private final ChangeRequestPage page;

    ChangeRequestController(ChangeRequestManagement changes, ProgrammeManagement programmes, ChangeRequestPage page) {
        this.changes = changes;
        this.programmes = programmes;
        this.page = page;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/programmes/{id}/change-requests")
    String list(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        List<ChangeRequest> all = changes.of(id);
        model.addAttribute("awaiting", all.stream().filter(r -> r.getStatus() == ChangeRequestStatus.SUBMITTED).toList());
        model.addAttribute("others", all.stream().filter(r -> r.getStatus() != ChangeRequestStatus.SUBMITTED).toList());
        return "budget/change-requests/list";
    }

    @GetMapping("/change-requests/{rid}")
    String show(@PathVariable Long rid, @AuthenticationPrincipal SignedInUser user, Model model) {
        return page.show(rid, user, model);
    }

    @PostMapping("/change-requests/{rid}/submit")
    @CanEditProgrammeData
    String submit(@PathVariable Long rid, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        try {
            changes.submit(rid, version);
        } catch (RuleViolation | StaleEditException refused) {
            return refused(rid, refused, user, model);
        }
        redirect.addFlashAttribute("success", "Change request #" + rid + " submitted to the Resources Board");
        return "redirect:/change-requests/" + rid;
    }

    @PostMapping("/change-requests/{rid}/withdraw")
    @CanEditProgrammeData
    String withdraw(@PathVariable Long rid, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        try {
            changes.withdraw(rid, version);
        } catch (RuleViolation | StaleEditException refused) {
            return refused(rid, refused, user, model);
        }
        redirect.addFlashAttribute("success", "Change request #" + rid + " withdrawn");
        return "redirect:/change-requests/" + rid;
    }

    /**
     * Records the Resources Board's decision. Whether the person may decide is the façade's rule:
     * someone who is not on the board gets its refusal on the page, whatever they sent.
     */
    @PostMapping("/change-requests/{rid}/decision")
    String decide(@PathVariable Long rid, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        LocalDate meetingDate = null;
        if (page.sitsOnResourcesBoard(user)) {
            meetingDate = form.check(binding);
            if (meetingDate == null) {
                return showWithErrors(rid, user, model);
            }
        }
        try {
            changes.decide(rid, form.getVersion(), form.approves(), meetingDate, form.getMinuteReference(),
                    form.getNotes(), user);
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return showWithErrors(rid, user, model);
        } catch (StaleEditException stale) {
            DecisionForm fresh = DecisionForm.forVersion(changes.get(rid).getVersion());
            BindingResult freshBinding = new BeanPropertyBindingResult(fresh, "decisionForm");
            freshBinding.reject("stale", stale.getMessage() + " The page now shows the change request as it is saved.");
            model.addAttribute("decisionForm", fresh);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "decisionForm", freshBinding);
            return showWithErrors(rid, user, model);
        }
        redirect.addFlashAttribute("success", form.approves()
                ? "Change request #" + rid + " approved. The budgets of its cost lines have been updated."
                : "Change request #" + rid + " rejected. No budgets were changed.");
        return "redirect:/change-requests/" + rid;
    }

    private String refused(Long rid, RuntimeException refused, SignedInUser user, Model model) {
        String message = refused.getMessage();
        if (refused instanceof StaleEditException) {
            message += " The page now shows the change request as it is saved.";
        }
        model.addAttribute("problems", List.of(message));
        return showWithErrors(rid, user, model);
    }

    private String showWithErrors(Long rid, SignedInUser user, Model model) {
        model.addAttribute("failed", true);
        return page.show(rid, user, model);
    }
}
