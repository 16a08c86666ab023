package org.tgov.improvement;

import java.time.LocalDate;

/** Compliance with a requirement as last assessed: the status, the evidence and when it is next reviewed. */
public record ComplianceUpdate(Compliance compliance, String evidence, LocalDate reviewOn) {
}
