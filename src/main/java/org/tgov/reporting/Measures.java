package org.tgov.reporting;

import org.tgov.shared.Money;

/**
 * The money figures of one cell of a finance table. Where finance has not entered a forecast the
 * budget stands as the forecast, so that variance is zero rather than the whole budget.
 */
public record Measures(Money budget, Money forecast, Money actual, Money committed) {

    public static final Measures ZERO = new Measures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Measures plus(Measures other) {
        return new Measures(budget.plus(other.budget), forecast.plus(other.forecast), actual.plus(other.actual),
                committed.plus(other.committed));
    }

    /** Forecast outturn less budget: positive is a forecast overspend. */
    public Money variance() {
        return forecast.minus(budget);
    }

    /** Budget not yet spent or committed. */
    public Money remaining() {
        return budget.minus(actual).minus(committed);
    }
}
