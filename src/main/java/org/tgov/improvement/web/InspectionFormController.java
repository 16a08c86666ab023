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
import org.tgov.improvement.InspectionDetails;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InspectionType;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.OfstedJudgement;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** Recording an inspection or review with its judgements, and changing it; recommendations have their own form. */
@Controller
@RequestMapping("/programmes/{id}/inspections")
class InspectionFormController {

    private static final String FORM = "improvement/inspections/form";

    private final InspectionManagement inspections;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    InspectionFormController(InspectionManagement inspections, ProgrammeManagement programmes, Notices notices) {
        this.inspections = inspections;
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
        model.addAttribute("form", new InspectionForm());
        return form(id, null, model);
    }

    @PostMapping
    @CanManageImprovement
    String add(@PathVariable Long id, @Valid @ModelAttribute("form") InspectionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        programmes.get(id);
        InspectionDetails details = form.toDetails(binding);
        if (details == null) {
            return form(id, null, form, model);
        }
        try {
            inspections.record(id, details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, null, form, model);
        }
        notices.success(redirect, "improvement.inspection.recorded", details.title());
        return "redirect:/programmes/" + id + "/inspections";
    }

    @GetMapping("/{inspectionId}/edit")
    @CanManageImprovement
    String changeForm(@PathVariable Long id, @PathVariable Long inspectionId, Model model) {
        InspectionView inspection = inspections.inspection(id, inspectionId);
        model.addAttribute("form", InspectionForm.of(inspection));
        return form(id, inspection, model);
    }

    @PostMapping("/{inspectionId}")
    @CanManageImprovement
    String change(@PathVariable Long id, @PathVariable Long inspectionId, @Valid @ModelAttribute("form") InspectionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        InspectionView inspection = inspections.inspection(id, inspectionId);
        InspectionDetails details = form.toDetails(binding);
        if (details == null) {
            return form(id, inspection, form, model);
        }
        try {
            inspections.change(id, inspectionId, form.getVersion(), details);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, inspection, form, model);
        } catch (StaleEditException stale) {
            InspectionView saved = inspections.inspection(id, inspectionId);
            form.padRows();
            StaleEdits.showSaved(model, "form", InspectionForm.of(saved), form, stale);
            return form(id, saved, model);
        }
        notices.success(redirect, "improvement.inspection.changed", details.title());
        return "redirect:/programmes/" + id + "/inspections";
    }

    /** The form shown again with what was sent, and blank rows to add areas to. */
    private String form(Long id, InspectionView inspection, InspectionForm sent, Model model) {
        sent.padRows();
        return form(id, inspection, model);
    }

    private String form(Long id, InspectionView inspection, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("inspection", inspection);
        model.addAttribute("types", Arrays.stream(InspectionType.values()).map(t -> new Option(t.name(), t.label())).toList());
        model.addAttribute("judgementChoices", Arrays.stream(OfstedJudgement.values()).map(j -> new Option(j.name(), j.label())).toList());
        return FORM;
    }
}
