package org.tgov.improvement.web;

import jakarta.validation.Valid;
import java.util.Arrays;
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
import org.tgov.improvement.Frequency;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.MeasureView;
import org.tgov.improvement.Polarity;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** Adding a measure that matters and changing one. */
@Controller
@RequestMapping("/programmes/{id}/measures")
class MeasureFormController {

    private static final String FORM = "improvement/measures/form";

    private final MeasureManagement measures;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    MeasureFormController(MeasureManagement measures, ProgrammeManagement programmes, Notices notices) {
        this.measures = measures;
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
        model.addAttribute("form", new MeasureForm());
        return form(id, null, model);
    }

    @PostMapping("/new")
    @CanManageImprovement
    String add(@PathVariable Long id, @Valid @ModelAttribute("form") MeasureForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        programmes.get(id);
        MeasureDetails details = form.toDetails(binding);
        if (details == null) {
            return form(id, null, model);
        }
        Long measureId;
        try {
            measureId = measures.create(id, details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, null, model);
        }
        notices.success(redirect, "improvement.measure.added", details.name());
        return "redirect:/programmes/" + id + "/measures/" + measureId;
    }

    @GetMapping("/{measureId}/edit")
    @CanManageImprovement
    String changeForm(@PathVariable Long id, @PathVariable Long measureId, Model model) {
        MeasureView measure = measures.measure(id, measureId);
        model.addAttribute("form", MeasureForm.of(measure));
        return form(id, measure, model);
    }

    @PostMapping("/{measureId}/edit")
    @CanManageImprovement
    String change(@PathVariable Long id, @PathVariable Long measureId, @Valid @ModelAttribute("form") MeasureForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        MeasureView measure = measures.measure(id, measureId);
        MeasureDetails details = form.toDetails(binding);
        if (details == null) {
            return form(id, measure, model);
        }
        try {
            measures.change(id, measureId, form.getVersion(), details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, measure, model);
        } catch (StaleEditException stale) {
            MeasureView saved = measures.measure(id, measureId);
            StaleEdits.showSaved(model, "form", MeasureForm.of(saved), form, stale);
            return form(id, saved, model);
        }
        notices.success(redirect, "improvement.measure.changed", details.name());
        return "redirect:/programmes/" + id + "/measures/" + measureId;
    }

    /** @param measure the measure being changed, or null when one is being added */
    private String form(Long id, MeasureView measure, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("measure", measure);
        model.addAttribute("polarities", Arrays.stream(Polarity.values()).map(p -> new Option(p.name(), p.label())).toList());
        model.addAttribute("frequencies", Arrays.stream(Frequency.values()).map(f -> new Option(f.name(), f.label())).toList());
        return FORM;
    }
}
