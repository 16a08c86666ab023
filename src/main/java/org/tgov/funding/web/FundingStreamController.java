package org.tgov.funding.web;

import org.tgov.identity.CanEditProgrammeData;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStream;
import org.tgov.funding.FundingStreamType;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.Option;

/** Adding and changing a programme's funding streams and their amounts per financial year. */
@Controller
@RequestMapping("/programmes/{programmeId}/funding/streams")
class FundingStreamController {

    private static final String FORM = "funding/stream-form";

    private final ProgrammeManagement programmes;
    private final FundingManagement funding;

    FundingStreamController(ProgrammeManagement programmes, FundingManagement funding) {
        this.programmes = programmes;
        this.funding = funding;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @ModelAttribute("types")
    List<Option> types() {
        return Arrays.stream(FundingStreamType.values()).map(t -> new Option(t.name(), t.label())).toList();
    }

    @GetMapping("/new")
    @CanEditProgrammeData
    String createForm(@PathVariable Long programmeId, Model model) {
        show(programmes.get(programmeId), null, model);
        model.addAttribute("form", new FundingStreamForm());
        return FORM;
    }

    @PostMapping
    @CanEditProgrammeData
    String create(@PathVariable Long programmeId, @Valid @ModelAttribute("form") FundingStreamForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<FinancialYear> years = show(programmes.get(programmeId), null, model);
        Map<FinancialYear, Money> amounts = form.toAmounts(binding, years);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            funding.createStream(programmeId, form.getName(), form.getType(), form.getNotes(), amounts);
            redirect.addFlashAttribute("success", "Funding stream added");
            return "redirect:/programmes/" + programmeId + "/funding";
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    @CanEditProgrammeData
    String editForm(@PathVariable Long programmeId, @PathVariable Long id, Model model) {
        FundingStream stream = streamOf(programmeId, id);
        show(programmes.get(programmeId), stream, model);
        model.addAttribute("form", FundingStreamForm.of(stream));
        return FORM;
    }

    @PostMapping("/{id}")
    @CanEditProgrammeData
    String update(@PathVariable Long programmeId, @PathVariable Long id, @Valid @ModelAttribute("form") FundingStreamForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<FinancialYear> years = show(programmes.get(programmeId), streamOf(programmeId, id), model);
        Map<FinancialYear, Money> amounts = form.toAmounts(binding, years);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            funding.updateStream(id, form.getVersion(), form.getName(), form.getType(), form.getNotes(), amounts);
            redirect.addFlashAttribute("success", "Funding stream updated");
            return "redirect:/programmes/" + programmeId + "/funding";
        } catch (RuleViolation violation) {
            violation.addTo(binding);
            return FORM;
        } catch (StaleEditException stale) {
            // Show what is saved now, with what the user typed beside it, so that nothing is lost either way.
            FundingStream saved = funding.stream(id);
            FundingStreamForm current = FundingStreamForm.of(saved);
            BindingResult fresh = new BeanPropertyBindingResult(current, "form");
            fresh.reject("stale", stale.getMessage() + " The form now shows the saved details; make your changes again.");
            show(programmes.get(programmeId), saved, model);
            model.addAttribute("unsaved", form);
            model.addAttribute("form", current);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
            return FORM;
        }
    }

    /**
     * Puts the programme, the stream and the years offered on the model: the programme's years and
     * any other year the stream already has an amount in, so that saving never drops an amount unseen.
     */
    private static List<FinancialYear> show(Programme programme, FundingStream stream, Model model) {
        List<FinancialYear> years = FundingPage.yearsShown(programme, stream == null ? List.of() : List.of(stream));
        model.addAttribute("programme", programme);
        model.addAttribute("stream", stream);
        model.addAttribute("years", years);
        return years;
    }

    /** The stream, only if it belongs to the programme in the address (any other looks not found). */
    private FundingStream streamOf(Long programmeId, Long id) {
        FundingStream stream = funding.stream(id);
        if (!stream.getProgrammeId().equals(programmeId)) {
            throw new NotFoundException("Funding stream");
        }
        return stream;
    }
}
