package org.tgov.boards;

/**
 * A governance body in a list, with its chair's name and how many members it has, and whether it
 * is the body that decides change requests.
 */
public record BodySummary(Long id, String name, BodyType type, Cadence cadence, Long chairUserId, String chairRole,
        int memberCount, boolean decidesChangeRequests) {
}
