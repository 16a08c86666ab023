package org.tgov.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tgov.shared.FinancialYear;

/**
 * A year's establishment: the FTE planned, and the average in post over the months reported,
 * permanent and agency (zero when no month was reported).
 */
public record YearFte(FinancialYear year, BigDecimal planned, BigDecimal permanent, BigDecimal agency, long months) {

    public BigDecimal actual() {
        return permanent.add(agency);
    }

    /** The agency share of the FTE in post, in per cent to one decimal place, or null when none was in post. */
    public BigDecimal agencyShare() {
        return actual().signum() == 0 ? null
                : agency.multiply(BigDecimal.valueOf(100)).divide(actual(), 1, RoundingMode.HALF_UP);
    }
}
