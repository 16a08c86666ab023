package org.tgov.budget;

import java.time.Instant;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** Finance's forecast outturn of a cost line for a year, as set last, with the reason for a low one. */
public record ForecastView(FinancialYear year, Money amount, long version, Instant updatedAt, String updatedBy,
        String reason) {
}
