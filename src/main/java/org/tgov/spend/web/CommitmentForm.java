package org.tgov.spend.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.tgov.shared.FieldName;
import org.tgov.shared.Money;
import org.tgov.shared.Refused;
import org.tgov.shared.web.DateInput;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.MoneyField;

/**
 * "Add a commitment" on the cost line page. Its fields carry a prefix because the page holds
 * several forms, and each field's id must be unique on the page.
 */
public class CommitmentForm {

    private static final Map<String, String> FIELDS = Map.of("committedOn", "commitmentDate",
            "amount", "commitmentAmount", "supplier", "commitmentSupplier");

    private DateInput commitmentDate = new DateInput();

    private String commitmentAmount = "";

    @NotBlank(message = "{commitment.supplier.required}")
    @Size(max = 200, message = "{commitment.supplier.tooLong}")
    private String commitmentSupplier = "";

    @Size(max = 100, message = "{reference.tooLong}")
    private String commitmentReference = "";

    @Size(max = 500, message = "{description.tooLong}")
    private String commitmentDescription = "";

    /** The date, or null after adding an error to {@code binding}. */
    LocalDate date(BindingResult binding) {
        return commitmentDate.toDate(binding, "commitmentDate", FieldName.of("spend.field.committedOn"), true);
    }

    /** The amount, or null after adding an error to {@code binding}. */
    Money amount(BindingResult binding) {
        Money amount = MoneyField.parse(commitmentAmount, binding, "commitmentAmount", FieldName.of("field.amount"), true);
        if (amount != null && !amount.isPositive()) {
            binding.rejectValue("commitmentAmount", "amount.positive");
            return null;
        }
        return amount;
    }

    /** Shows a refusal (such as the tranche limit) beside the field it concerns, or at the top of the error summary. */
    static void show(Refused refused, BindingResult binding) {
        FormRefusals.show(refused, binding, FIELDS);
    }

    public DateInput getCommitmentDate() {
        return commitmentDate;
    }

    public void setCommitmentDate(DateInput commitmentDate) {
        this.commitmentDate = commitmentDate;
    }

    public String getCommitmentAmount() {
        return commitmentAmount;
    }

    public void setCommitmentAmount(String commitmentAmount) {
        this.commitmentAmount = commitmentAmount;
    }

    public String getCommitmentSupplier() {
        return commitmentSupplier;
    }

    public void setCommitmentSupplier(String commitmentSupplier) {
        this.commitmentSupplier = commitmentSupplier;
    }

    public String getCommitmentReference() {
        return commitmentReference;
    }

    public void setCommitmentReference(String commitmentReference) {
        this.commitmentReference = commitmentReference;
    }

    public String getCommitmentDescription() {
        return commitmentDescription;
    }

    public void setCommitmentDescription(String commitmentDescription) {
        this.commitmentDescription = commitmentDescription;
    }
}
