package org.tgov.improvement;

import java.time.LocalDate;

/**
 * An action of the plan as first written: what answers which priority area, who owns it, by when,
 * and what it answers (a requirement of a notice, an inspection or a scrutiny recommendation; any may be null).
 */
public record NewAction(Long planId, Long priorityAreaId, Long workstreamId, String reference, String title, Long ownerUserId,
        LocalDate dueOn, Long requirementId, Long inspectionRecommendationId, Long scrutinyRecommendationId) {
}
