package org.tgov.funding.web;

import org.tgov.identity.CanEditProgrammeData;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.funding.FundingDecision;
import org.tgov.funding.FundingDecisionDetails;
import org.tgov.funding.FundingManagement;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.Option;

/** Adding and changing a programme's funding decisions (their tranches: {@link TrancheController}). */
@Controller
@RequestMapping("/programmes/{programmeId}/funding/decisions")
class FundingDecisionController {

    private static final String FORM = "funding/decision-form";

    private final ProgrammeManagement programmes;
    private final FundingManagement funding;

    FundingDecisionController(ProgrammeManagement programmes, FundingManagement funding) {
        this.programmes = programmes;
        this.funding = funding;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/new")
    @CanEditProgrammeData
    String createForm(@PathVariable Long programmeId, Model model) {
        show(programmeId, null, model);
        model.addAttribute("form", new FundingDecisionForm());
        return FORM;
    }

    @PostMapping
    @CanEditProgrammeData
    String create(@PathVariable Long programmeId, @Valid @ModelAttribute("form") FundingDecisionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        show(programmeId, null, model);
        try {
            FundingDecisionDetails details = form.toDetails(binding);
            if (details == null) {
                return FORM;
            }
            funding.createDecision(programmeId, details);
            redirect.addFlashAttribute("success", "Funding decision " + details.reference() + " added");
            return "redirect:/programmes/" + programmeId + "/funding";
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    @CanEditProgrammeData
    String editForm(@PathVariable Long programmeId, @PathVariable Long id, Model model) {
        FundingDecision decision = decisionOf(programmeId, id);
        show(programmeId, decision, model);
        model.addAttribute("form", FundingDecisionForm.of(decision));
        return FORM;
    }

    @PostMapping("/{id}")
    @CanEditProgrammeData
    String update(@PathVariable Long programmeId, @PathVariable Long id, @Valid @ModelAttribute("form") FundingDecisionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        show(programmeId, decisionOf(programmeId, id), model);
        try {
            FundingDecisionDetails details = form.toDetails(binding);
            if (details == null) {
                return FORM;
            }
            funding.updateDecision(id, form.getVersion(), details);
            redirect.addFlashAttribute("success", "Funding decision " + details.reference() + " updated");
            return "redirect:/programmes/" + programmeId + "/funding";
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return FORM;
        } catch (StaleEditException stale) {
            // Show what is saved now, with what the user typed beside it, so that nothing is lost either way.
            FundingDecision saved = funding.decision(id);
            FundingDecisionForm current = FundingDecisionForm.of(saved);
            BindingResult fresh = new BeanPropertyBindingResult(current, "form");
            fresh.reject("stale", stale.getMessage() + " The form now shows the saved details; make your changes again.");
            model.addAttribute("decision", saved);
            model.addAttribute("unsaved", form);
            model.addAttribute("form", current);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
            return FORM;
        }
    }

    private void show(Long programmeId, FundingDecision decision, Model model) {
        model.addAttribute("programme", programmes.get(programmeId));
        model.addAttribute("decision", decision);
        model.addAttribute("streams", funding.streams(programmeId).stream()
                .map(s -> new Option(s.getId().toString(), s.getName())).toList());
    }

    /** The decision, only if it belongs to the programme in the address (any other looks not found). */
    private FundingDecision decisionOf(Long programmeId, Long id) {
        FundingDecision decision = funding.decision(id);
        if (!decision.getProgrammeId().equals(programmeId)) {
            throw new NotFoundException("Funding decision");
        }
        return decision;
    }
}
