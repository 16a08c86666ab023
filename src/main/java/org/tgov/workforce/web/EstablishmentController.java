package org.tgov.workforce.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
import org.tgov.identity.CanEditProgrammeData;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FieldName;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Refused;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Formats;
import org.tgov.shared.web.MonthInput;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.workforce.EstablishmentManagement;

/** The establishment: planned FTE per year, and the FTE in post each month, permanent and agency. */
@Controller
@RequestMapping("/programmes/{id}/establishment")
class EstablishmentController {


    private final EstablishmentManagement establishment;
    private final ProgrammeManagement programmes;
    private final Formats formats;
    private final Notices notices;

    EstablishmentController(EstablishmentManagement establishment, ProgrammeManagement programmes, Formats formats,
            Notices notices) {
        this.establishment = establishment;
        this.programmes = programmes;
        this.formats = formats;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("establishment", EstablishmentView.of(establishment.plan(id), establishment.actuals(id)));
        return "workforce/establishment/show";
    }

    @GetMapping("/plan")
    @CanEditProgrammeData
    String planForm(@PathVariable Long id, @RequestParam(required = false) Integer year, Model model) {
        PlannedFteForm form = new PlannedFteForm();
        establishment.plan(id).stream().filter(p -> year != null && p.year().startYear() == year).findFirst()
                .ifPresent(p -> {
                    form.setFinancialYear(year);
                    form.setPlannedFte(EstablishmentView.fte(p.fte()));
                });
        model.addAttribute("form", form);
        return planView(id, model);
    }

    @PostMapping("/plan")
    @CanEditProgrammeData
    String plan(@PathVariable Long id, @Valid @ModelAttribute("form") PlannedFteForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Programme programme = programmes.get(id);
        BigDecimal fte = PlannedFteForm.fte(binding, "plannedFte", form.getPlannedFte(), FieldName.of("fte.field.planned"));
        FinancialYear year = form.getFinancialYear() == null ? null : programme.financialYears().stream()
                .filter(y -> y.startYear() == form.getFinancialYear()).findFirst().orElse(null);
        if (form.getFinancialYear() != null && year == null) {
            binding.rejectValue("financialYear", "financialYear.otherProgramme");
        }
        if (binding.hasErrors()) {
            return planView(id, model);
        }
        try {
            establishment.plan(id, year, fte);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return planView(id, model);
        }
        notices.success(redirect, "fte.planned", year.label(), EstablishmentView.fte(fte));
        return "redirect:/programmes/" + id + "/establishment";
    }

    @GetMapping("/actuals")
    @CanEditProgrammeData
    String actualForm(@PathVariable Long id, @RequestParam(required = false) String month, Model model) {
        ActualFteForm form = new ActualFteForm();
        LocalDate chosen = month(month);
        establishment.actuals(id).stream().filter(a -> a.month().equals(chosen)).findFirst().ifPresent(a -> {
            form.setMonth(MonthInput.of(a.month()));
            form.setPermanentFte(EstablishmentView.fte(a.permanent()));
            form.setAgencyFte(EstablishmentView.fte(a.agency()));
        });
        model.addAttribute("form", form);
        return actualView(id, model);
    }

    @PostMapping("/actuals")
    @CanEditProgrammeData
    String recordActual(@PathVariable Long id, @ModelAttribute("form") ActualFteForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        programmes.get(id);
        LocalDate month = form.getMonth().toFirstDay(binding, "month", FieldName.of("field.month"), true);
        BigDecimal permanent = PlannedFteForm.fte(binding, "permanentFte", form.getPermanentFte(), FieldName.of("fte.field.permanent"));
        BigDecimal agency = PlannedFteForm.fte(binding, "agencyFte", form.getAgencyFte(), FieldName.of("fte.field.agency"));
        if (binding.hasErrors()) {
            return actualView(id, model);
        }
        try {
            establishment.recordActual(id, month, permanent, agency);
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return actualView(id, model);
        }
        notices.success(redirect, "fte.actualRecorded", formats.month(month));
        return "redirect:/programmes/" + id + "/establishment";
    }

    private String planView(Long id, Model model) {
        Programme programme = programmes.get(id);
        model.addAttribute("programme", programme);
        List<Option> years = programme.financialYears().stream()
                .map(y -> new Option(Integer.toString(y.startYear()), y.label())).toList();
        model.addAttribute("years", years);
        return "workforce/establishment/plan-form";
    }

    private String actualView(Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        return "workforce/establishment/actual-form";
    }

    /** A month given as 2022-04 in a "change" link, or null. */
    private static LocalDate month(String text) {
        try {
            return text == null ? null : YearMonth.parse(text).atDay(1);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
