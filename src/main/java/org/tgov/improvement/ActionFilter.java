package org.tgov.improvement;

/** What a list of actions is narrowed to; any part may be null for "all". */
public record ActionFilter(Long workstreamId, Long ownerUserId, Rating progress, Rating impact, ActionStatus status,
        Long priorityAreaId, boolean overdueOnly) {

    public static ActionFilter all() {
        return new ActionFilter(null, null, null, null, null, null, false);
    }
}
