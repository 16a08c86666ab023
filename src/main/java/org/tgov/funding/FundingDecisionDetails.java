package org.tgov.funding;

import java.time.LocalDate;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

/** Who decided to fund what, when, under which reference. */
public record FundingDecisionDetails(String decidedBy, LocalDate decidedOn, String reference, Money amount,
        Long fundingStreamId, String notes) {

    public FundingDecisionDetails {
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new RuleViolation("decidedBy", "Enter who made the decision, for example Cabinet");
        }
        if (decidedOn == null) {
            throw new RuleViolation("decidedOn", "Enter the date of the decision");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolation("reference", "Enter the decision's reference");
        }
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolation("amount", "Amount must be more than £0");
        }
        decidedBy = decidedBy.strip();
        reference = reference.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }
}
