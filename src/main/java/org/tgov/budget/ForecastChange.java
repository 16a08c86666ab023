package org.tgov.budget;

import java.time.Instant;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** One past value of a forecast: what it was set to, when, by whom, and why when it was below spend. */
public record ForecastChange(FinancialYear year, Money amount, Instant at, String by, String reason) {
}
