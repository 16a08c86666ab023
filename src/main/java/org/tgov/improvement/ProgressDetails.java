package org.tgov.improvement;

import java.time.LocalDate;

/** A dated progress update on an action: its status and both ratings then, a sentence of commentary, a link to evidence. */
public record ProgressDetails(LocalDate recordedOn, ActionStatus status, Rating progress, Rating impact, String commentary,
        String evidenceLink) {
}
