package org.tgov.improvement.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.improvement.Frequency;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.MeasureView;
import org.tgov.improvement.Polarity;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.Decimals;
import org.tgov.shared.web.MonthInput;

/**
 * The "add a measure" and "change a measure" screen: what it measures and why, its unit and which
 * way is better, its baseline, target and timescale, the best-practice benchmark and the council's
 * standing against it, and how often it is reported. Numbers are kept as typed, so that a mistake
 * is shown back as entered.
 */
public class MeasureForm {

    @Size(max = 200, message = "{name.tooLong}")
    private String name = "";

    @Size(max = 4000, message = "{improvement.measure.objective.tooLong}")
    private String objective = "";

    @Size(max = 30, message = "{improvement.measure.unit.tooLong}")
    private String unit = "";

    private Polarity polarity;

    private String baselineValue = "";

    private MonthInput baselineOn = new MonthInput();

    private String target = "";

    private MonthInput targetBy = new MonthInput();

    @Size(max = 500, message = "{improvement.measure.benchmark.tooLong}")
    private String benchmark = "";

    @Size(max = 4000, message = "{improvement.measure.benchmarkAssessment.tooLong}")
    private String benchmarkAssessment = "";

    private Frequency frequency;

    private long version;

    static MeasureForm of(MeasureView measure) {
        MeasureDetails d = measure.details();
        MeasureForm form = new MeasureForm();
        form.name = d.name();
        form.objective = d.objective();
        form.unit = d.unit();
        form.polarity = d.polarity();
        form.baselineValue = d.baselineValue() == null ? "" : d.baselineValue().stripTrailingZeros().toPlainString();
        form.baselineOn = MonthInput.of(d.baselineOn());
        form.target = d.target() == null ? "" : d.target().stripTrailingZeros().toPlainString();
        form.targetBy = MonthInput.of(d.targetBy());
        form.benchmark = text(d.benchmark());
        form.benchmarkAssessment = text(d.benchmarkAssessment());
        form.frequency = d.frequency();
        form.version = measure.version();
        return form;
    }

    /** The details, or null when the form has errors (added to {@code binding}); required fields are the rules' to refuse. */
    MeasureDetails toDetails(BindingResult binding) {
        BigDecimal baseline = Decimals.parse(baselineValue, binding, "baselineValue",
                FieldName.of("improvement.field.baselineValue"), MeasureValueForm.LIMIT);
        LocalDate baselineMonth = baselineOn.toFirstDay(binding, "baselineOn", FieldName.of("improvement.field.baselineOn"), false);
        BigDecimal targetValue = Decimals.parse(target, binding, "target", FieldName.of("improvement.field.target"),
                MeasureValueForm.LIMIT);
        LocalDate by = targetBy.toFirstDay(binding, "targetBy", FieldName.of("improvement.field.targetBy"), false);
        if (binding.hasErrors()) {
            return null;
        }
        return new MeasureDetails(stripped(name), stripped(objective), stripped(unit), polarity, baseline, baselineMonth,
                targetValue, by, stripped(benchmark), stripped(benchmarkAssessment), frequency, false);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public void setPolarity(Polarity polarity) {
        this.polarity = polarity;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public MonthInput getBaselineOn() {
        return baselineOn;
    }

    public void setBaselineOn(MonthInput baselineOn) {
        this.baselineOn = baselineOn;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public MonthInput getTargetBy() {
        return targetBy;
    }

    public void setTargetBy(MonthInput targetBy) {
        this.targetBy = targetBy;
    }

    public String getBenchmark() {
        return benchmark;
    }

    public void setBenchmark(String benchmark) {
        this.benchmark = benchmark;
    }

    public String getBenchmarkAssessment() {
        return benchmarkAssessment;
    }

    public void setBenchmarkAssessment(String benchmarkAssessment) {
        this.benchmarkAssessment = benchmarkAssessment;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
