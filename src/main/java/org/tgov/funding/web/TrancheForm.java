package org.tgov.funding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.funding.NewTranche;
import org.tgov.shared.FieldName;
import org.tgov.shared.Money;
import org.tgov.shared.web.DateInput;
import org.tgov.shared.web.MoneyField;

/** The add a tranche screen. */
public class TrancheForm {

    @NotBlank(message = "{funding.tranche.name.required}")
    @Size(max = 100, message = "{funding.tranche.name.tooLong}")
    private String name = "";

    private String amount = "";

    private DateInput availableFrom = new DateInput();

    /** Optional: blank while the tranche has not been released. */
    private DateInput releasedOn = new DateInput();

    /** The tranche, or null when the form has errors (added to {@code binding}). */
    NewTranche toTranche(BindingResult binding) {
        Money money = MoneyField.parse(amount, binding, "amount", FieldName.of("field.amount"), true);
        LocalDate from = availableFrom.toDate(binding, "availableFrom", FieldName.of("funding.field.availableFrom"), true);
        LocalDate released = releasedOn.toDate(binding, "releasedOn", FieldName.of("funding.field.releasedOn"), false);
        return binding.hasErrors() ? null : new NewTranche(name, money, from, released);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public DateInput getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(DateInput availableFrom) {
        this.availableFrom = availableFrom;
    }

    public DateInput getReleasedOn() {
        return releasedOn;
    }

    public void setReleasedOn(DateInput releasedOn) {
        this.releasedOn = releasedOn;
    }
}
