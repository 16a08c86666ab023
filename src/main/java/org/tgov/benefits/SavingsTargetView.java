package org.tgov.benefits;

import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** A savings target as pages and other modules read it. */
public record SavingsTargetView(Long id, Long programmeId, Long workstreamId, FinancialYear year, String description,
        Money planned, Money delivered, boolean cashable, String evidence, Confidence confidence, long version) {

    /** Planned less delivered: what is still to be delivered (negative when more was delivered). */
    public Money outstanding() {
        return planned.minus(delivered);
    }
}
