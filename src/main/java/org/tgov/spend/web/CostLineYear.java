package org.tgov.spend.web;

import org.tgov.budget.ForecastView;
import org.tgov.budget.Measures;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * One financial year of a cost line: its budget (original plus approved changes), actual spend,
 * open commitments, and finance's forecast outturn if one has been entered; flagged when spend
 * and commitments already exceed the budget or the forecast.
 */
public record CostLineYear(FinancialYear year, Long stream, Money budget, Money actual, Money committed,
        ForecastView forecast) {

    /** The forecast outturn, or the budget where finance has not entered one. */
    public Money outturn() {
        return forecast == null ? budget : forecast.amount();
    }

    public Measures measures() {
        return new Measures(budget, outturn(), actual, committed);
    }
}
