package org.tgov.improvement;

/** An officer recorded a progress update on an action. */
public record ProgressRecorded(Long programmeId, Long actionId, Long updateId, Rating progress, Rating impact) {
}
