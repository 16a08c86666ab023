package org.tgov.funding.web;

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
import org.tgov.funding.DecisionDetails;
import org.tgov.funding.DecisionView;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.FundingManagement;
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** Adding and changing a programme's funding decisions (their tranches: {@link TrancheController}). */
@Controller
@RequestMapping("/programmes/{programmeId}/funding/decisions")
@CanEditProgrammeData
class FundingDecisionController {

    private static final String FORM = "funding/decision-form";

    private final ProgrammeManagement programmes;
    private final FundingManagement funding;
    private final FundingFacts facts;
    private final Notices notices;

    FundingDecisionController(ProgrammeManagement programmes, FundingManagement funding, FundingFacts facts,
            Notices notices) {
        this.programmes = programmes;
        this.funding = funding;
        this.facts = facts;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/new")
    String createForm(@PathVariable Long programmeId, Model model) {
        show(programmeId, null, model);
        model.addAttribute("form", new FundingDecisionForm());
        return FORM;
    }

    @PostMapping
    String create(@PathVariable Long programmeId, @Valid @ModelAttribute("form") FundingDecisionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        show(programmeId, null, model);
        DecisionDetails details = form.toDetails(binding);
        if (details == null || binding.hasErrors()) {
            form.padRows();
            return FORM;
        }
        try {
            funding.createDecision(programmeId, details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return FORM;
        }
        notices.success(redirect, "funding.decision.added", details.reference());
        return "redirect:/programmes/" + programmeId + "/funding";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long programmeId, @PathVariable Long id, Model model) {
        DecisionView decision = facts.decision(programmeId, id);
        show(programmeId, decision, model);
        model.addAttribute("form", FundingDecisionForm.of(decision));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long programmeId, @PathVariable Long id, @Valid @ModelAttribute("form") FundingDecisionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        show(programmeId, facts.decision(programmeId, id), model);
        DecisionDetails details = form.toDetails(binding);
        if (details == null || binding.hasErrors()) {
            form.padRows();
            return FORM;
        }
        try {
            funding.updateDecision(programmeId, id, form.getVersion(), details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return FORM;
        } catch (StaleEditException stale) {
            DecisionView saved = facts.decision(programmeId, id);
            model.addAttribute("decision", saved);
            StaleEdits.showSaved(model, "form", FundingDecisionForm.of(saved), form, stale);
            return FORM;
        }
        notices.success(redirect, "funding.decision.updated", details.reference());
        return "redirect:/programmes/" + programmeId + "/funding";
    }

    private void show(Long programmeId, DecisionView decision, Model model) {
        model.addAttribute("programme", programmes.get(programmeId));
        model.addAttribute("decision", decision);
        model.addAttribute("streams", facts.streams(programmeId).stream()
                .map(s -> new Option(s.id().toString(), s.name())).toList());
    }
}
