package org.tgov.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** Establishment and savings for a programme, year by year, as the database summed them. */
public record ProgrammeResources(List<YearFte> fte, List<YearSavings> savings) {

    /** Planned FTE for a year against the average filled by permanent and by agency staff. */
    public record YearFte(FinancialYear year, BigDecimal planned, BigDecimal permanent, BigDecimal agency, long months) {

        public BigDecimal actual() {
            return permanent.add(agency);
        }

        /** Agency staff as a percentage of posts filled, to one decimal place. */
        public BigDecimal agencyShare() {
            BigDecimal actual = actual();
            return actual.signum() == 0 ? BigDecimal.ZERO
                    : agency.multiply(BigDecimal.valueOf(100)).divide(actual, 1, RoundingMode.HALF_UP);
        }
    }

    public record YearSavings(FinancialYear year, Money planned, Money delivered, Money cashableDelivered) {
    }
}
