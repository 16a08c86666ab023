package org.tgov.spend.web;

import org.tgov.budget.ForecastOutturn;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * One financial year of a cost line: its budget (original plus approved changes), actual spend,
 * open commitments, and finance's forecast outturn if one has been entered.
 */
public record CostLineYear(FinancialYear year, Money budget, Money actual, Money committed, ForecastOutturn forecast) {

    /** The forecast outturn, or the budget where finance has not entered one. */
    public Money outturn() {
        return forecast == null ? budget : forecast.amount();
    }
}
