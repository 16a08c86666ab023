package org.tgov.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/**
 * What defines a programme, checked as a whole: a name, an SRO, a period that does not end before
 * it starts, at least one aim. Every mistake is refused at once, each about its own part.
 */
public record ProgrammeDetails(String name, String sro, LocalDate startDate, LocalDate endDate, List<String> aims,
        ProgrammeStatus status) {

    public ProgrammeDetails {
        aims = aims == null ? List.of() : aims.stream().map(String::strip).filter(aim -> !aim.isEmpty()).toList();
        List<Refusal> refusals = new ArrayList<>();
        if (name == null || name.isBlank()) {
            refusals.add(Refusal.about("name", "programme.name.required"));
        }
        if (sro == null || sro.isBlank()) {
            refusals.add(Refusal.about("sro", "programme.sro.required"));
        }
        if (startDate == null) {
            refusals.add(Refusal.about("start", "field.required", FieldName.of("programme.field.start")));
        }
        if (endDate == null) {
            refusals.add(Refusal.about("end", "field.required", FieldName.of("programme.field.end")));
        } else if (startDate != null && endDate.isBefore(startDate)) {
            refusals.add(Refusal.about("end", "programme.end.beforeStart"));
        }
        if (aims.isEmpty()) {
            refusals.add(Refusal.about("aims", "programme.aims.required"));
        }
        if (status == null) {
            refusals.add(Refusal.about("status", "programme.status.required"));
        }
        if (!refusals.isEmpty()) {
            throw new Refused(refusals);
        }
        name = name.strip();
        sro = sro.strip();
    }
}
