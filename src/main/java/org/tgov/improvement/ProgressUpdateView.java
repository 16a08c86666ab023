package org.tgov.improvement;

import java.time.Instant;
import java.time.LocalDate;

public record ProgressUpdateView(Long id, Long actionId, LocalDate recordedOn, ActionStatus status, Rating progress,
        Rating impact, String commentary, String evidenceLink, String recordedBy, Instant recordedAt) {
}
