package org.tgov.budget;

import org.tgov.shared.Money;

/**
 * The money figures of a cost line, or of lines added up, in a year or over several. Where finance
 * has not entered a forecast the budget stands as the forecast, so that variance is zero rather than
 * the whole budget.
 */
public record Measures(Money budget, Money forecast, Money actual, Money committed) {

    public static final Measures ZERO = new Measures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public static Measures of(LineFigures figures) {
        return new Measures(figures.budget(), figures.forecastOrBudget(), figures.actual(), figures.committed());
    }

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

    /** Actual spend and open commitments together. */
    public Money spent() {
        return actual.plus(committed);
    }

    /** Spend and commitments already above the budget. */
    public boolean spentBeyondBudget() {
        return spent().isGreaterThan(budget);
    }

    /** Spend and commitments already above the forecast outturn. */
    public boolean spentBeyondForecast() {
        return spent().isGreaterThan(forecast);
    }

    /** Either of the above: the figure a reader must not miss. */
    public boolean overspent() {
        return spentBeyondBudget() || spentBeyondForecast();
    }
}
