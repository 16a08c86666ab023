package org.tgov.improvement.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.MeasureValueView;
import org.tgov.improvement.MeasureView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refused;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Formats;
import org.tgov.shared.web.Notices;

/** The measures that matter: the dashboard, one measure with its trend, and recording a value. */
@Controller
@RequestMapping("/programmes/{id}/measures")
class MeasureController {

    private final MeasureManagement measures;
    private final ProgrammeManagement programmes;
    private final Notices notices;
    private final Formats formats;

    MeasureController(MeasureManagement measures, ProgrammeManagement programmes, Notices notices, Formats formats) {
        this.measures = measures;
        this.programmes = programmes;
        this.notices = notices;
        this.formats = formats;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping
    String dashboard(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("measures", measures.measures(id));
        return "improvement/measures/list";
    }

    /** Every measure with its latest value, as CSV. */
    @GetMapping("/download.csv")
    ResponseEntity<byte[]> csv(@PathVariable Long id) {
        programmes.get(id);
        return TableDownloads.download(MeasureDownloads.csv(measures.measures(id)), "measures.csv", TableDownloads.CSV);
    }

    /** Every measure with its latest value, as an Excel workbook. */
    @GetMapping("/download.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable Long id) {
        programmes.get(id);
        return TableDownloads.download(MeasureDownloads.xlsx(measures.measures(id)), "measures.xlsx", TableDownloads.XLSX);
    }

    @GetMapping("/{measureId}")
    String show(@PathVariable Long id, @PathVariable Long measureId, Model model) {
        model.addAttribute("programme", programmes.get(id));
        MeasureView measure = measures.measure(id, measureId);
        List<MeasureValueView> values = measures.values(id, measureId);
        model.addAttribute("measure", measure);
        model.addAttribute("values", values);
        model.addAttribute("chart", values.isEmpty() ? null : TrendChart.of(values, measure.details().target()));
        return "improvement/measures/show";
    }

    @GetMapping("/{measureId}/values")
    @CanRecordProgress
    String valueForm(@PathVariable Long id, @PathVariable Long measureId, Model model) {
        model.addAttribute("form", new MeasureValueForm());
        return form(id, measureId, model);
    }

    @PostMapping("/{measureId}/values")
    @CanRecordProgress
    String recordValue(@PathVariable Long id, @PathVariable Long measureId, @Valid @ModelAttribute("form") MeasureValueForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        measures.measure(id, measureId);
        LocalDate period = form.getPeriod().toFirstDay(binding, "period", FieldName.of("improvement.field.period"), true);
        BigDecimal value = form.value(binding);
        if (binding.hasErrors()) {
            return form(id, measureId, model);
        }
        try {
            measures.recordValue(id, measureId, period, value, form.getCommentary() == null ? null : form.getCommentary().strip());
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return form(id, measureId, model);
        }
        notices.success(redirect, "improvement.measure.valueRecorded", formats.month(period));
        return "redirect:/programmes/" + id + "/measures/" + measureId;
    }

    private String form(Long id, Long measureId, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("measure", measures.measure(id, measureId));
        return "improvement/measures/value-form";
    }
}
