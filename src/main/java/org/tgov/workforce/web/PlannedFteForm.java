package org.tgov.workforce.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.validation.BindingResult;
import org.tgov.shared.web.Decimals;

/** The screen that sets the FTE the programme plans to fund in a financial year. */
public class PlannedFteForm {

    static final String FTE_RULE = "FTE must be 0 or more, with at most 2 decimal places, like 12.5";
    // the column holds up to 999,999.99; anything near that is a keying mistake
    private static final BigDecimal LIMIT = new BigDecimal("100000");

    @NotNull(message = "Select the financial year")
    private Integer financialYear;

    private String plannedFte = "";

    /** Parses an FTE as typed, or returns null after adding a field error in GOV.UK words. */
    static BigDecimal fte(BindingResult binding, String field, String text, String name) {
        if (text == null || text.isBlank()) {
            binding.rejectValue(field, "required", "Enter the " + name);
            return null;
        }
        return Decimals.parse(text, binding, field, "FTE", LIMIT);
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
