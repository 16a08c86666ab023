package org.tgov.funding.web;

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
import org.tgov.funding.DecisionView;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.NewTranche;
import org.tgov.funding.TrancheView;
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FieldName;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refused;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Formats;
import org.tgov.shared.web.Notices;

/** Adding a tranche to a funding decision, and recording when a tranche was released. */
@Controller
@RequestMapping("/programmes/{programmeId}/funding/decisions/{decisionId}/tranches")
@CanEditProgrammeData
class TrancheController {

    private static final String FORM = "funding/tranche-form";
    private static final String RELEASE = "funding/release-form";

    private final ProgrammeManagement programmes;
    private final FundingManagement funding;
    private final FundingFacts facts;
    private final Clock clock;
    private final Formats formats;
    private final Notices notices;

    TrancheController(ProgrammeManagement programmes, FundingManagement funding, FundingFacts facts, Clock clock,
            Formats formats, Notices notices) {
        this.programmes = programmes;
        this.funding = funding;
        this.facts = facts;
        this.clock = clock;
        this.formats = formats;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/new")
    String createForm(@PathVariable Long programmeId, @PathVariable Long decisionId, Model model) {
        decisionOf(programmeId, decisionId, model);
        model.addAttribute("form", new TrancheForm());
        return FORM;
    }

    @PostMapping
    String create(@PathVariable Long programmeId, @PathVariable Long decisionId, @Valid @ModelAttribute("form") TrancheForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        decisionOf(programmeId, decisionId, model);
        NewTranche tranche = form.toTranche(binding);
        if (tranche == null || binding.hasErrors()) {
            return FORM;
        }
        try {
            funding.addTranche(programmeId, decisionId, tranche);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return FORM;
        }
        notices.success(redirect, "funding.tranche.added", tranche.name());
        return "redirect:/programmes/" + programmeId + "/funding";
    }

    @GetMapping("/{trancheId}/release")
    String releaseForm(@PathVariable Long programmeId, @PathVariable Long decisionId, @PathVariable Long trancheId,
            Model model) {
        TrancheView tranche = trancheOf(decisionOf(programmeId, decisionId, model), trancheId, model);
        model.addAttribute("form", ReleaseForm.of(tranche));
        return RELEASE;
    }

    /** With {@code today} set (the "Mark as released today" button) the date boxes are ignored. */
    @PostMapping("/{trancheId}/release")
    String release(@PathVariable Long programmeId, @PathVariable Long decisionId, @PathVariable Long trancheId,
            @RequestParam(defaultValue = "false") boolean today, @ModelAttribute("form") ReleaseForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        TrancheView tranche = trancheOf(decisionOf(programmeId, decisionId, model), trancheId, model);
        LocalDate on = today ? LocalDate.now(clock)
                : form.getReleasedOn().toDate(binding, "releasedOn", FieldName.of("funding.field.releasedOn"), true);
        if (binding.hasErrors()) {
            return RELEASE;
        }
        try {
            funding.releaseTranche(programmeId, decisionId, trancheId, on);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return RELEASE;
        }
        notices.success(redirect, "funding.tranche.released", tranche.name(), formats.date(on));
        return "redirect:/programmes/" + programmeId + "/funding";
    }

    private DecisionView decisionOf(Long programmeId, Long decisionId, Model model) {
        model.addAttribute("programme", programmes.get(programmeId));
        DecisionView decision = facts.decision(programmeId, decisionId);
        model.addAttribute("decision", decision);
        return decision;
    }

    private static TrancheView trancheOf(DecisionView decision, Long trancheId, Model model) {
        TrancheView tranche = decision.tranche(trancheId);
        if (tranche == null) {
            throw new NotFoundException("Tranche");
        }
        model.addAttribute("tranche", tranche);
        return tranche;
    }
}
