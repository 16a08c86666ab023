package org.tgov.programme;

import java.time.LocalDate;
import java.util.List;
import org.tgov.shared.RuleViolation;

/**
 * What defines a programme, checked as a whole: a name, an SRO, a period that does not end before
 * it starts, at least one aim.
 */
public record ProgrammeDetails(String name, String sro, LocalDate startDate, LocalDate endDate, List<String> aims,
        ProgrammeStatus status) {

    public ProgrammeDetails {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "Enter the programme's name");
        }
        if (sro == null || sro.isBlank()) {
            throw new RuleViolation("sro", "Enter the senior responsible owner");
        }
        if (startDate == null) {
            throw new RuleViolation("start", "Enter the start date");
        }
        if (endDate == null) {
            throw new RuleViolation("end", "Enter the end date");
        }
        if (endDate.isBefore(startDate)) {
            throw new RuleViolation("end", "End date must be the same as or after the start date");
        }
        aims = aims == null ? List.of() : aims.stream().map(String::strip).filter(aim -> !aim.isEmpty()).toList();
        if (aims.isEmpty()) {
            throw new RuleViolation("aims", "Enter at least one aim");
        }
        if (status == null) {
            throw new RuleViolation("status", "Select the programme's status");
        }
        name = name.strip();
        sro = sro.strip();
    }
}
