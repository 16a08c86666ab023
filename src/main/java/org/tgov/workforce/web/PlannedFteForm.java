package org.tgov.workforce.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.validation.BindingResult;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.Decimals;

/** The screen that sets the FTE the programme plans to fund in a financial year. */
public class PlannedFteForm {

    // the column holds up to 999,999.99; anything near that is a keying mistake
    private static final BigDecimal LIMIT = new BigDecimal("100000");

    @NotNull(message = "{financialYear.required}")
    private Integer financialYear;

    private String plannedFte = "";

    /** Parses an FTE as typed, or returns null after adding a field error in GOV.UK words. */
    static BigDecimal fte(BindingResult binding, String field, String text, FieldName name) {
        if (text == null || text.isBlank()) {
            binding.rejectValue(field, "field.required", new Object[] {name}, null);
            return null;
        }
        return Decimals.parse(text, binding, field, FieldName.of("field.fte"), LIMIT);
    }

    public Integer getFinancialYear() {
        return financialYear;
    }

    public void setFinancialYear(Integer financialYear) {
        this.financialYear = financialYear;
    }

    public String getPlannedFte() {
        return plannedFte;
    }

    public void setPlannedFte(String plannedFte) {
        this.plannedFte = plannedFte;
    }
}
