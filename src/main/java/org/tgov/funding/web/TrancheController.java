package org.tgov.funding.web;

import org.tgov.identity.CanEditProgrammeData;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.funding.FundingDecision;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.Tranche;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.web.Formats;

/** Adding a tranche to a funding decision, and recording when a tranche was released. */
@Controller
@RequestMapping("/programmes/{programmeId}/funding/decisions/{decisionId}/tranches")
class TrancheController {

    private static final String FORM = "funding/tranche-form";
    private static final String RELEASE = "funding/release-form";

    private final ProgrammeManagement programmes;
    private final FundingManagement funding;
    private final Clock clock;
    private final Formats formats;

    TrancheController(ProgrammeManagement programmes, FundingManagement funding, Clock clock, Formats formats) {
        this.programmes = programmes;
        this.funding = funding;
        this.clock = clock;
        this.formats = formats;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/new")
    @CanEditProgrammeData
    String createForm(@PathVariable Long programmeId, @PathVariable Long decisionId, Model model) {
        decisionOf(programmeId, decisionId, model);
        model.addAttribute("form", new TrancheForm());
        return FORM;
    }

    @PostMapping
    @CanEditProgrammeData
    String create(@PathVariable Long programmeId, @PathVariable Long decisionId, @Valid @ModelAttribute("form") TrancheForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        decisionOf(programmeId, decisionId, model);
        try {
            TrancheForm.Tranche tranche = form.toTranche(binding);
            if (tranche == null) {
                return FORM;
            }
            // The decision refuses tranches adding up to more than itself; its reason is shown on the amount.
            funding.addTranche(decisionId, tranche.name(), tranche.amount(), tranche.availableFrom(), tranche.releasedOn());
            redirect.addFlashAttribute("success", tranche.name().strip() + " added");
            return "redirect:/programmes/" + programmeId + "/funding";
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return FORM;
        }
    }

    @GetMapping("/{trancheId}/release")
    @CanEditProgrammeData
    String releaseForm(@PathVariable Long programmeId, @PathVariable Long decisionId, @PathVariable Long trancheId,
            Model model) {
        Tranche tranche = trancheOf(decisionOf(programmeId, decisionId, model), trancheId, model);
        model.addAttribute("form", ReleaseForm.of(tranche));
        return RELEASE;
    }

    /** With {@code today} set (the "Mark as released today" button) the date boxes are ignored. */
    @PostMapping("/{trancheId}/release")
    @CanEditProgrammeData
    String release(@PathVariable Long programmeId, @PathVariable Long decisionId, @PathVariable Long trancheId,
            @RequestParam(defaultValue = "false") boolean today, @ModelAttribute("form") ReleaseForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Tranche tranche = trancheOf(decisionOf(programmeId, decisionId, model), trancheId, model);
        LocalDate on = today ? LocalDate.now(clock)
                : form.getReleasedOn().toDate(binding, "releasedOn", "date the tranche was released", true);
        if (binding.hasErrors()) {
            return RELEASE;
        }
        try {
            funding.releaseTranche(decisionId, trancheId, on);
            redirect.addFlashAttribute("success", tranche.getName() + " recorded as released on " + formats.date(on));
            return "redirect:/programmes/" + programmeId + "/funding";
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return RELEASE;
        }
    }

    /** The decision, only if it belongs to the programme in the address (any other looks not found). */
    private FundingDecision decisionOf(Long programmeId, Long decisionId, Model model) {
        model.addAttribute("programme", programmes.get(programmeId));
        FundingDecision decision = funding.decision(decisionId);
        if (!decision.getProgrammeId().equals(programmeId)) {
            throw new NotFoundException("Funding decision");
        }
        model.addAttribute("decision", decision);
        return decision;
    }

    private static Tranche trancheOf(FundingDecision decision, Long trancheId, Model model) {
        Tranche tranche = decision.getTranches().stream().filter(t -> t.getId().equals(trancheId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Tranche"));
        model.addAttribute("tranche", tranche);
        return tranche;
    }
}
