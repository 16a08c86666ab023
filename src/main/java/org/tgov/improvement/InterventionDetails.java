package org.tgov.improvement;

import java.time.LocalDate;

/** What a notice or direction is: its kind, title, who issued it and when. */
public record InterventionDetails(InterventionKind kind, String title, String issuedBy, LocalDate issuedOn, String summary) {
}
