package org.tgov.spend.web;

import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.tgov.budget.ForecastView;
import org.tgov.shared.FieldName;
import org.tgov.shared.Money;
import org.tgov.shared.web.MoneyField;

/**
 * Changing one year's forecast outturn on the cost line page. It carries the version of the
 * forecast the person saw (none when there was no forecast yet), so that a forecast a colleague
 * changed in the meantime is not overwritten.
 */
public class ForecastForm {

    private Integer year;

    private Long version;

    private String amount = "";

    /** Why a forecast is below what has already been spent in the year, when it is. */
    @Size(max = 2000, message = "{forecast.reason.tooLong}")
    private String reason = "";

    static ForecastForm of(ForecastView forecast) {
        ForecastForm form = new ForecastForm();
        form.year = forecast.year().startYear();
        form.version = forecast.version();
        form.amount = forecast.amount().plain();
        return form;
    }

    /** The amount, or null after adding an error to {@code binding}. */
    Money amount(BindingResult binding, String yearLabel) {
        return MoneyField.parse(amount, binding, "amount", FieldName.of("spend.field.forecastFor", yearLabel), true);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }
}
