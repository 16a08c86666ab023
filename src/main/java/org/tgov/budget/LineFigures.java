package org.tgov.budget;

import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * One cost line's figures in one financial year: its budget (original plus approved changes),
 * actual spend, open commitments, and finance's forecast outturn when one has been set.
 */
public record LineFigures(Long costLineId, FinancialYear year, Money budget, Money actual, Money committed,
        Money forecast) {

    /** Finance's forecast, or the budget while no forecast has been set. */
    public Money forecastOrBudget() {
        return forecast == null ? budget : forecast;
    }

    /** Actual spend plus open commitments: what the line has used of its money. */
    public Money spent() {
        return actual.plus(committed);
    }

    /** Spend and commitments already above the budget. */
    public boolean spentBeyondBudget() {
        return spent().isGreaterThan(budget);
    }

    /** Spend and commitments already above the forecast outturn. */
    public boolean spentBeyondForecast() {
        return spent().isGreaterThan(forecastOrBudget());
    }

    /** Forecast less budget: positive is a forecast overspend. */
    public Money variance() {
        return forecastOrBudget().minus(budget);
    }

    public static LineFigures none(Long costLineId, FinancialYear year) {
        return new LineFigures(costLineId, year, Money.ZERO, Money.ZERO, Money.ZERO, null);
    }
}
