package org.tgov.funding.web;

import org.tgov.shared.web.MoneyField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.funding.FundingDecision;
import org.tgov.funding.FundingDecisionDetails;
import org.tgov.shared.Money;
import org.tgov.shared.web.DateInput;

/** The add and change funding decision screen. */
public class FundingDecisionForm {

    @NotBlank(message = "Enter who made the decision, for example Cabinet")
    @Size(max = 200, message = "Decided by must be 200 characters or fewer")
    private String decidedBy = "";

    private DateInput decidedOn = new DateInput();

    @NotBlank(message = "Enter the decision's reference")
    @Size(max = 100, message = "Reference must be 100 characters or fewer")
    private String reference = "";

    private String amount = "";

    /** Optional: the stream the decision funds. */
    private Long fundingStreamId;

    @Size(max = 10000, message = "Notes must be 10,000 characters or fewer")
    private String notes = "";

    private long version;

    static FundingDecisionForm of(FundingDecision decision) {
        FundingDecisionForm form = new FundingDecisionForm();
        form.decidedBy = decision.getDecidedBy();
        form.decidedOn = DateInput.of(decision.getDecidedOn());
        form.reference = decision.getReference();
        form.amount = decision.amount().plain();
        form.fundingStreamId = decision.getFundingStreamId();
        form.notes = decision.getNotes() == null ? "" : decision.getNotes();
        form.version = decision.getVersion();
        return form;
    }

    /** The details, or null when the form has errors (added to {@code binding}). */
    FundingDecisionDetails toDetails(BindingResult binding) {
        LocalDate on = decidedOn.toDate(binding, "decidedOn", "date of the decision", true);
        Money money = MoneyField.parse(amount, binding, "amount", "amount", true);
        if (binding.hasErrors()) {
            return null;
        }
        return new FundingDecisionDetails(decidedBy, on, reference, money, fundingStreamId, notes);
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public DateInput getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(DateInput decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public Long getFundingStreamId() {
        return fundingStreamId;
    }

    public void setFundingStreamId(Long fundingStreamId) {
        this.fundingStreamId = fundingStreamId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
