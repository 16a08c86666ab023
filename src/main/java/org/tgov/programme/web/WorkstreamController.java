package org.tgov.programme.web;

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
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.StaleEdits;

/** A programme's workstreams: the list, and the add and change forms. */
@Controller
@RequestMapping("/programmes/{programmeId}/workstreams")
class WorkstreamController {

    private static final String FORM = "programme/workstreams/form";

    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final Notices notices;

    WorkstreamController(ProgrammeManagement programmes, WorkstreamManagement workstreams, Notices notices) {
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping
    String list(@PathVariable Long programmeId, Model model) {
        model.addAttribute("programme", programmes.get(programmeId));
        model.addAttribute("workstreams", workstreams.of(programmeId));
        return "programme/workstreams/list";
    }

    @GetMapping("/new")
    @CanEditProgrammeData
    String createForm(@PathVariable Long programmeId, Model model) {
        model.addAttribute("programme", programmes.get(programmeId));
        model.addAttribute("form", new WorkstreamForm());
        return FORM;
    }

    @PostMapping
    @CanEditProgrammeData
    String create(@PathVariable Long programmeId, @Valid @ModelAttribute("form") WorkstreamForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("programme", programmes.get(programmeId));
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            workstreams.create(programmeId, form.getName(), form.getLead(), form.getDescription());
            notices.success(redirect, "workstream.added");
            return "redirect:/programmes/" + programmeId + "/workstreams";
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    @CanEditProgrammeData
    String editForm(@PathVariable Long programmeId, @PathVariable Long id, Model model) {
        Workstream workstream = workstreamOf(programmeId, id, model);
        model.addAttribute("form", WorkstreamForm.of(workstream));
        return FORM;
    }

    @PostMapping("/{id}")
    @CanEditProgrammeData
    String update(@PathVariable Long programmeId, @PathVariable Long id, @Valid @ModelAttribute("form") WorkstreamForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        workstreamOf(programmeId, id, model);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            workstreams.update(id, form.getVersion(), form.getName(), form.getLead(), form.getDescription());
            notices.success(redirect, "workstream.updated");
            return "redirect:/programmes/" + programmeId + "/workstreams";
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return FORM;
        } catch (StaleEditException stale) {
            // Show what is saved now, and what the user typed beside it, so that nothing is lost either way.
            StaleEdits.showSaved(model, "form", WorkstreamForm.of(workstreams.get(id)), form, stale);
            return FORM;
        }
    }

    /** The workstream, only if it belongs to the programme in the address (any other looks not found). */
    private Workstream workstreamOf(Long programmeId, Long id, Model model) {
        model.addAttribute("programme", programmes.get(programmeId));
        Workstream workstream = workstreams.get(id);
        if (!workstream.getProgrammeId().equals(programmeId)) {
            throw new NotFoundException("Workstream");
        }
        model.addAttribute("workstream", workstream);
        return workstream;
    }
}
