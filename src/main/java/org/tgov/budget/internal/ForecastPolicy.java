package org.tgov.budget.internal;

import java.util.Optional;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;

/**
 * A forecast outturn below what has already been spent in the year cannot be right unless spend
 * will be credited back: it is accepted only with the reason, which is kept with it.
 */
public final class ForecastPolicy {

    private ForecastPolicy() {
    }

    public static Optional<Refusal> notBelowSpendWithoutReason(FinancialYear year, Money forecast, Money actual, String reason) {
        if (forecast == null || !actual.isGreaterThan(forecast) || (reason != null && !reason.isBlank())) {
            return Optional.empty();
        }
        return Refusal.about("reason", "forecast.belowSpend", year, actual, forecast).asOptional();
    }
}
