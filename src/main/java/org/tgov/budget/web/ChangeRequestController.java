package org.tgov.budget.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestView;
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.UserDirectory;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.StaleEdits;

/** A programme's change requests: the list, one request, and what can be done to it from its page. */
@Controller
class ChangeRequestController {

    private final ChangeRequestManagement changes;
    private final ProgrammeManagement programmes;
    private final BodyManagement bodies;
    private final UserDirectory people;
    private final ChangeRequestPage page;
    private final Notices notices;

    ChangeRequestController(ChangeRequestManagement changes, ProgrammeManagement programmes, BodyManagement bodies,
            UserDirectory people, ChangeRequestPage page, Notices notices) {
        this.changes = changes;
        this.programmes = programmes;
        this.bodies = bodies;
        this.people = people;
        this.page = page;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/programmes/{id}/change-requests")
    String list(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        List<ChangeRequestView> all = changes.of(id);
        model.addAttribute("awaiting", all.stream().filter(ChangeRequestView::isAwaitingDecision).toList());
        model.addAttribute("others", all.stream().filter(r -> !r.isAwaitingDecision()).toList());
        model.addAttribute("decidingBody", bodies.decidingBody().map(BodySummary::name).orElse(null));
        model.addAttribute("names", people.displayNames(all.stream().map(ChangeRequestView::draftedBy).toList()));
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
        } catch (Refused refused) {
            return refused(rid, refused.refusals(), user, model);
        } catch (StaleEditException stale) {
            return refused(rid, stale(stale), user, model);
        }
        Object body = bodies.decidingBody().<Object>map(BodySummary::name)
                .orElse(new DefaultMessageSourceResolvable("changeRequest.decidingBody"));
        notices.success(redirect, "changeRequest.submitted", rid, body);
        return "redirect:/change-requests/" + rid;
    }

    @PostMapping("/change-requests/{rid}/withdraw")
    @CanEditProgrammeData
    String withdraw(@PathVariable Long rid, @RequestParam long version, @AuthenticationPrincipal SignedInUser user,
            Model model, RedirectAttributes redirect) {
        try {
            changes.withdraw(rid, version);
        } catch (Refused refused) {
            return refused(rid, refused.refusals(), user, model);
        } catch (StaleEditException stale) {
            return refused(rid, stale(stale), user, model);
        }
        notices.success(redirect, "changeRequest.withdrawn", rid);
        return "redirect:/change-requests/" + rid;
    }

    /**
     * Records the deciding body's decision. Whether the person may decide is the façade's rule:
     * someone who is not on the body gets its refusal on the page, whatever they sent.
     */
    @PostMapping("/change-requests/{rid}/decision")
    String decide(@PathVariable Long rid, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        LocalDate meetingDate = null;
        if (page.sitsOnDecidingBody(user)) {
            meetingDate = form.check(binding);
            if (binding.hasErrors()) {
                return showWithErrors(rid, user, model);
            }
        }
        try {
            changes.decide(rid, form.getVersion(), form.approves(), meetingDate, form.getMinuteReference(),
                    form.getNotes(), user);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return showWithErrors(rid, user, model);
        } catch (StaleEditException stale) {
            StaleEdits.showSaved(model, "decisionForm", DecisionForm.forVersion(changes.get(rid).version()), form, stale);
            return showWithErrors(rid, user, model);
        }
        notices.success(redirect, form.approves() ? "changeRequest.approved" : "changeRequest.rejected", rid);
        return "redirect:/change-requests/" + rid;
    }

    private static List<Refusal> stale(StaleEditException stale) {
        return List.of(Refusal.of(stale.code(), stale.arguments()), Refusal.of("changeRequest.stale.shown"));
    }

    private String refused(Long rid, List<Refusal> refusals, SignedInUser user, Model model) {
        model.addAttribute("problems", new ArrayList<>(refusals));
        return showWithErrors(rid, user, model);
    }

    private String showWithErrors(Long rid, SignedInUser user, Model model) {
        model.addAttribute("failed", true);
        return page.show(rid, user, model);
    }
}
