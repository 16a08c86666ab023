package org.tgov.improvement;

import java.time.LocalDate;
import java.util.List;

/** A notice or direction with its requirements, in the order they are lettered. */
public record InterventionView(Long id, Long programmeId, InterventionKind kind, String title, String issuedBy,
        LocalDate issuedOn, String summary, List<RequirementView> requirements, long version) {

    public long count(Compliance compliance) {
        return requirements.stream().filter(r -> r.compliance() == compliance).count();
    }
}
