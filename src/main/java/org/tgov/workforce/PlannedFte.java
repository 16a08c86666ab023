package org.tgov.workforce;

import java.math.BigDecimal;
import org.tgov.shared.FinancialYear;

/** The additional posts (FTE) a programme plans to fund in a financial year. */
public record PlannedFte(FinancialYear year, BigDecimal fte) {
}
