package org.tgov.spend.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost line's actual spend in one month. */
public record MonthSpend(LocalDate month, BigDecimal amount) {
}
