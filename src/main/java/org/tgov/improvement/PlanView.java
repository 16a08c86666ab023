package org.tgov.improvement;

import java.time.LocalDate;

public record PlanView(Long id, String title, String planVersion, PlanStatus status, String endorsedBy, LocalDate endorsedOn,
        LocalDate submittedOn) {
}
