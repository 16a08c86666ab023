package org.tgov.improvement.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.identity.CanRecordProgress;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.ComplianceUpdate;
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.RequirementView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** The notices and directions the council is under, and compliance with each requirement. */
@Controller
@RequestMapping("/programmes/{id}")
class InterventionController {

    private static final String FORM = "improvement/interventions/compliance-form";

    private final InterventionManagement interventions;
    private final ProgrammeManagement programmes;
    private final Notices notices;

    InterventionController(InterventionManagement interventions, ProgrammeManagement programmes, Notices notices) {
        this.interventions = interventions;
        this.programmes = programmes;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/interventions")
    String list(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("interventions", interventions.interventions(id));
        return "improvement/interventions/list";
    }

    /** Every requirement with its notice or direction, compliance, evidence and next review, as CSV. */
    @GetMapping("/interventions.csv")
    ResponseEntity<byte[]> csv(@PathVariable Long id) {
        programmes.get(id);
        return TableDownloads.download(RequirementDownloads.csv(interventions.interventions(id)), "requirements.csv", TableDownloads.CSV);
    }

    /** The same as an Excel workbook. */
    @GetMapping("/interventions.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable Long id) {
        programmes.get(id);
        return TableDownloads.download(RequirementDownloads.xlsx(interventions.interventions(id)), "requirements.xlsx", TableDownloads.XLSX);
    }

    @GetMapping("/requirements/{requirementId}")
    @CanRecordProgress
    String form(@PathVariable Long id, @PathVariable Long requirementId, Model model) {
        RequirementView requirement = interventions.requirement(id, requirementId);
        model.addAttribute("form", ComplianceForm.of(requirement));
        return form(id, requirement, model);
    }

    @PostMapping("/requirements/{requirementId}")
    @CanRecordProgress
    String assess(@PathVariable Long id, @PathVariable Long requirementId, @Valid @ModelAttribute("form") ComplianceForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        RequirementView requirement = interventions.requirement(id, requirementId);
        ComplianceUpdate update = form.toUpdate(binding);
        if (update == null) {
            return form(id, requirement, model);
        }
        try {
            interventions.assess(id, requirementId, form.getVersion(), update);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, requirement, model);
        } catch (StaleEditException stale) {
            RequirementView saved = interventions.requirement(id, requirementId);
            StaleEdits.showSaved(model, "form", ComplianceForm.of(saved), form, stale);
            return form(id, saved, model);
        }
        notices.success(redirect, "improvement.compliance.recorded", requirement.cited());
        return "redirect:/programmes/" + id + "/interventions";
    }

    private String form(Long id, RequirementView requirement, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("requirement", requirement);
        model.addAttribute("compliances", Arrays.stream(Compliance.values()).map(c -> new Option(c.name(), c.label())).toList());
        return FORM;
    }
}
