package org.tgov.improvement;

import java.time.LocalDate;

/** A version of the improvement plan: who endorsed it and when, and when it went to Ofsted. */
public record PlanDetails(String title, String planVersion, PlanStatus status, String endorsedBy, LocalDate endorsedOn,
        LocalDate submittedOn) {
}
