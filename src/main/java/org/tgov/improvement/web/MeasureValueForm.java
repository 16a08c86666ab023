package org.tgov.improvement.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.validation.BindingResult;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.Decimals;
import org.tgov.shared.web.MonthInput;

/** The "record a value" screen of a measure: the month, the value as typed, and commentary. */
public class MeasureValueForm {

    static final BigDecimal LIMIT = new BigDecimal("1000000000");

    private MonthInput period = new MonthInput();

    private String value = "";

    @Size(max = 4000, message = "{improvement.progress.commentary.tooLong}")
    private String commentary = "";

    /** The value, or null after adding an error to {@code binding}. */
    BigDecimal value(BindingResult binding) {
        if (value == null || value.isBlank()) {
            binding.rejectValue("value", "field.required", new Object[] {FieldName.of("improvement.field.value")}, null);
            return null;
        }
        return Decimals.parse(value, binding, "value", FieldName.of("improvement.field.value"), LIMIT);
    }

    public MonthInput getPeriod() {
        return period;
    }

    public void setPeriod(MonthInput period) {
        this.period = period;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getCommentary() {
        return commentary;
    }

    public void setCommentary(String commentary) {
        this.commentary = commentary;
    }
}
