package org.tgov.improvement;

/**
 * How many of a programme's actions share a priority area, a workstream, a progress rating and an
 * impact rating, and how many of those are overdue: counted by the database.
 */
public record ActionTally(Long priorityAreaId, Long workstreamId, Rating progress, Rating impact, long count, long overdue) {

    /** For JPQL, whose sums are {@code Long} and whose counts are {@code long}. */
    public ActionTally(Long priorityAreaId, Long workstreamId, Rating progress, Rating impact, Long count, Long overdue) {
        this(priorityAreaId, workstreamId, progress, impact, count == null ? 0 : count.longValue(),
                overdue == null ? 0 : overdue.longValue());
    }
}
