package org.tgov.improvement;

/** How many actions of one group (a priority area or a workstream) have a rating: counted by the database. */
public record RatingTally(Long groupId, Rating rating, long count) {
}
