package org.tgov.improvement;

import java.time.LocalDate;

/** An action as pages read it; overdue when past its due date and not done, as at the day it was read. */
public record ActionView(Long id, Long programmeId, Long planId, Long priorityAreaId, Long workstreamId, String reference,
        String title, Long ownerUserId, LocalDate dueOn, ActionStatus status, Rating progress, Rating impact,
        Long requirementId, Long inspectionRecommendationId, Long scrutinyRecommendationId, LocalDate lastUpdateOn,
        boolean overdue, long version) {
}
