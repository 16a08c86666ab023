package org.tgov.benefits;

import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** A year's savings across a programme: planned, delivered, and delivered as cash. */
public record YearSavings(FinancialYear year, Money planned, Money delivered, Money cashableDelivered) {

    public static YearSavings none(FinancialYear year) {
        return new YearSavings(year, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public YearSavings plus(SavingsTargetView target) {
        return new YearSavings(year, planned.plus(target.planned()), delivered.plus(target.delivered()),
                target.cashable() ? cashableDelivered.plus(target.delivered()) : cashableDelivered);
    }
}
