package org.tgov.benefits;

import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** What a savings target is: the saving a workstream plans in a year, what it has delivered, and the evidence. */
public record SavingsTargetDetails(Long workstreamId, FinancialYear financialYear, String description, Money planned,
        Money delivered, boolean cashable, String evidence, Confidence confidence) {

    public SavingsTargetDetails {
        description = description == null ? null : description.strip();
        delivered = delivered == null ? Money.ZERO : delivered;
        evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }
}
