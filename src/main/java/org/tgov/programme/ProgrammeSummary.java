package org.tgov.programme;

import java.time.LocalDate;
import org.tgov.shared.FinancialYear;

/** A programme in a list. */
public record ProgrammeSummary(Long id, String name, String sro, LocalDate startDate, LocalDate endDate,
        ProgrammeStatus status) {

    public String financialYears() {
        String first = FinancialYear.containing(startDate).label();
        String last = FinancialYear.containing(endDate).label();
        return first.equals(last) ? first : first + " to " + last;
    }
}
