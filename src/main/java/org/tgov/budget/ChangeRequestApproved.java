package org.tgov.budget;

/** A change request was approved and its budget changes applied. */
public record ChangeRequestApproved(Long changeRequestId, Long programmeId) {
}
