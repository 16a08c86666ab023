package org.tgov.reporting;

import org.tgov.funding.FundingDecision;
import org.tgov.shared.Money;

/**
 * How far a funding decision has been drawn: what it granted, what its tranches have released,
 * and what has been spent and committed against it.
 */
public record DecisionDrawdown(FundingDecision decision, Money released, Money spent, Money committed) {

    public Money drawn() {
        return spent.plus(committed);
    }

    /** Released but not yet spent or committed. */
    public Money headroom() {
        return released.minus(drawn());
    }

}
