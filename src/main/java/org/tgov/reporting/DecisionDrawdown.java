package org.tgov.reporting;

import org.tgov.funding.DecisionView;
import org.tgov.shared.Money;

/**
 * How far a funding decision has been drawn: what it granted, what its tranches have released,
 * and what has been spent and committed against it.
 */
public record DecisionDrawdown(DecisionView decision, Money released, Money drawn) {

    /** Released but not yet spent or committed. */
    public Money headroom() {
        return released.minus(drawn);
    }
}
