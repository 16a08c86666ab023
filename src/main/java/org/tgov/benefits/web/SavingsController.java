package org.tgov.benefits.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.benefits.Confidence;
import org.tgov.benefits.SavingsManagement;
import org.tgov.benefits.SavingsTargetDetails;
import org.tgov.benefits.SavingsTargetView;
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

/** Savings targets per workstream and year: the list with totals, and the add and change forms. */
@Controller
@RequestMapping("/programmes/{id}/savings")
class SavingsController {

    private static final String FORM = "benefits/savings/form";

    private final SavingsManagement savings;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final Notices notices;

    SavingsController(SavingsManagement savings, ProgrammeManagement programmes, WorkstreamManagement workstreams,
            Notices notices) {
        this.savings = savings;
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping
    String list(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("savings", SavingsTable.of(savings.targets(id), workstreams.of(id).stream()
                .collect(Collectors.toMap(Workstream::getId, Workstream::getName))));
        return "benefits/savings/list";
    }

    @GetMapping("/new")
    @CanEditProgrammeData
    String createForm(@PathVariable Long id, Model model) {
        model.addAttribute("form", new SavingsForm());
        return form(id, null, model);
    }

    @PostMapping
    @CanEditProgrammeData
    String create(@PathVariable Long id, @Valid @ModelAttribute("form") SavingsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Programme programme = programmes.get(id);
        try {
            SavingsTargetDetails details = form.toDetails(binding, years(programme, null));
            if (details == null) {
                return form(id, null, model);
            }
            savings.create(id, details);
            notices.success(redirect, "savings.added");
            return "redirect:/programmes/" + id + "/savings";
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, null, model);
        }
    }

    @GetMapping("/{targetId}/edit")
    @CanEditProgrammeData
    String editForm(@PathVariable Long id, @PathVariable Long targetId, Model model) {
        SavingsTargetView target = savings.get(id, targetId);
        model.addAttribute("form", SavingsForm.of(target));
        return form(id, target, model);
    }

    @PostMapping("/{targetId}")
    @CanEditProgrammeData
    String update(@PathVariable Long id, @PathVariable Long targetId, @Valid @ModelAttribute("form") SavingsForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        SavingsTargetView target = savings.get(id, targetId);
        try {
            SavingsTargetDetails details = form.toDetails(binding, years(programmes.get(id), target));
            if (details == null) {
                return form(id, target, model);
            }
            savings.update(id, targetId, form.getVersion(), details);
            notices.success(redirect, "savings.updated");
            return "redirect:/programmes/" + id + "/savings";
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, target, model);
        } catch (StaleEditException stale) {
            SavingsTargetView saved = savings.get(id, targetId);
            StaleEdits.showSaved(model, "form", SavingsForm.of(saved), form, stale);
            return form(id, saved, model);
        }
    }

    private String form(Long id, SavingsTargetView target, Model model) {
        Programme programme = programmes.get(id);
        model.addAttribute("programme", programme);
        model.addAttribute("target", target);
        model.addAttribute("workstreams", workstreams.of(id).stream()
                .map(w -> new Option(w.getId().toString(), w.getName())).toList());
        model.addAttribute("years", years(programme, target).stream()
                .map(y -> new Option(Integer.toString(y.startYear()), y.label())).toList());
        model.addAttribute("confidences", Arrays.stream(Confidence.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        return FORM;
    }

    /** The programme's years, and the target's own year should the programme's dates since have moved. */
    private static List<FinancialYear> years(Programme programme, SavingsTargetView target) {
        TreeSet<FinancialYear> years = new TreeSet<>(programme.financialYears());
        if (target != null) {
            years.add(target.year());
        }
        return List.copyOf(years);
    }
}
