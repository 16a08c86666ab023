package org.tgov.funding.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
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
import org.tgov.funding.FundingFacts;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.StreamView;
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** Adding and changing a programme's funding streams and their amounts per financial year. */
@Controller
@RequestMapping("/programmes/{programmeId}/funding/streams")
@CanEditProgrammeData
class FundingStreamController {

    private static final String FORM = "funding/stream-form";

    private final ProgrammeManagement programmes;
    private final FundingManagement funding;
    private final FundingFacts facts;
    private final Notices notices;

    FundingStreamController(ProgrammeManagement programmes, FundingManagement funding, FundingFacts facts,
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

    @ModelAttribute("types")
    List<Option> types() {
        return Arrays.stream(FundingStreamType.values()).map(t -> new Option(t.name(), t.label())).toList();
    }

    @GetMapping("/new")
    String createForm(@PathVariable Long programmeId, Model model) {
        show(programmes.get(programmeId), null, model);
        model.addAttribute("form", new FundingStreamForm());
        return FORM;
    }

    @PostMapping
    String create(@PathVariable Long programmeId, @Valid @ModelAttribute("form") FundingStreamForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<FinancialYear> years = show(programmes.get(programmeId), null, model);
        Map<FinancialYear, Money> amounts = form.toAmounts(binding, years);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            funding.createStream(programmeId, form.toDetails(), amounts);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return FORM;
        }
        notices.success(redirect, "funding.stream.added");
        return "redirect:/programmes/" + programmeId + "/funding";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long programmeId, @PathVariable Long id, Model model) {
        StreamView stream = facts.stream(programmeId, id);
        show(programmes.get(programmeId), stream, model);
        model.addAttribute("form", FundingStreamForm.of(stream));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long programmeId, @PathVariable Long id, @Valid @ModelAttribute("form") FundingStreamForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Programme programme = programmes.get(programmeId);
        List<FinancialYear> years = show(programme, facts.stream(programmeId, id), model);
        Map<FinancialYear, Money> amounts = form.toAmounts(binding, years);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            funding.updateStream(programmeId, id, form.getVersion(), form.toDetails(), amounts);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return FORM;
        } catch (StaleEditException stale) {
            StreamView saved = facts.stream(programmeId, id);
            show(programme, saved, model);
            StaleEdits.showSaved(model, "form", FundingStreamForm.of(saved), form, stale);
            return FORM;
        }
        notices.success(redirect, "funding.stream.updated");
        return "redirect:/programmes/" + programmeId + "/funding";
    }

    /**
     * Puts the programme, the stream and the years offered on the model: the programme's years and
     * any other year the stream already has an amount in, so that saving never drops an amount unseen.
     */
    private static List<FinancialYear> show(Programme programme, StreamView stream, Model model) {
        List<FinancialYear> years = FundingPage.yearsShown(programme, stream == null ? List.of() : List.of(stream));
        model.addAttribute("programme", programme);
        model.addAttribute("stream", stream);
        model.addAttribute("years", years);
        return years;
    }
}
