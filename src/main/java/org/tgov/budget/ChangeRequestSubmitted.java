package org.tgov.budget;

/** A change request was submitted and now awaits the deciding body's decision. */
public record ChangeRequestSubmitted(Long changeRequestId, Long programmeId) {
}
