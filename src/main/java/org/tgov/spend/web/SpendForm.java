package org.tgov.spend.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.tgov.shared.FieldName;
import org.tgov.shared.Money;
import org.tgov.shared.Refused;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.MoneyField;
import org.tgov.shared.web.MonthInput;

/**
 * "Record spend" on the cost line page. Its fields carry a prefix because the page holds several
 * forms, and each field's id (the target of the error summary's links) must be unique on the page.
 */
public class SpendForm {

    private static final Map<String, String> FIELDS = Map.of("month", "spendMonth", "amount", "spendAmount");

    private MonthInput spendMonth = new MonthInput();

    private String spendAmount = "";

    @Size(max = 100, message = "{reference.tooLong}")
    private String spendReference = "";

    @Size(max = 500, message = "{description.tooLong}")
    private String spendDescription = "";

    /** The month, or null after adding an error to {@code binding}. */
    LocalDate month(BindingResult binding) {
        return spendMonth.toFirstDay(binding, "spendMonth", FieldName.of("spend.field.month"), true);
    }

    /** The amount, or null after adding an error to {@code binding}. */
    Money amount(BindingResult binding) {
        Money amount = MoneyField.parse(spendAmount, binding, "spendAmount", FieldName.of("field.amount"), true);
        if (amount != null && amount.isZero()) {
            binding.rejectValue("spendAmount", "spend.amount.notZero");
            return null;
        }
        return amount;
    }

    /** Shows a refusal (such as the tranche limit) beside the field it concerns, or at the top of the error summary. */
    static void show(Refused refused, BindingResult binding) {
        FormRefusals.show(refused, binding, FIELDS);
    }

    public MonthInput getSpendMonth() {
        return spendMonth;
    }

    public void setSpendMonth(MonthInput spendMonth) {
        this.spendMonth = spendMonth;
    }

    public String getSpendAmount() {
        return spendAmount;
    }

    public void setSpendAmount(String spendAmount) {
        this.spendAmount = spendAmount;
    }

    public String getSpendReference() {
        return spendReference;
    }

    public void setSpendReference(String spendReference) {
        this.spendReference = spendReference;
    }

    public String getSpendDescription() {
        return spendDescription;
    }

    public void setSpendDescription(String spendDescription) {
        this.spendDescription = spendDescription;
    }
}
