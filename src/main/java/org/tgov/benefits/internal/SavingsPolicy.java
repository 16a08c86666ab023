package org.tgov.benefits.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tgov.benefits.SavingsTargetDetails;
import org.tgov.shared.Refusal;

/**
 * A savings target belongs to one of its programme's workstreams and a financial year, says what
 * the saving is, plans and delivers £0 or more, and says how confident its owner is.
 */
public final class SavingsPolicy {

    private SavingsPolicy() {
    }

    public static List<Optional<Refusal>> isComplete(SavingsTargetDetails details) {
        return List.of(
                details.workstreamId() == null ? Refusal.about("workstreamId", "savings.workstream.required").asOptional() : Optional.empty(),
                details.financialYear() == null ? Refusal.about("financialYear", "savings.year.required").asOptional() : Optional.empty(),
                details.description() == null || details.description().isEmpty()
                        ? Refusal.about("description", "savings.description.required").asOptional() : Optional.empty(),
                details.planned() == null || details.planned().isNegative()
                        ? Refusal.about("planned", "savings.planned.negative").asOptional() : Optional.empty(),
                details.delivered().isNegative() ? Refusal.about("delivered", "savings.delivered.negative").asOptional() : Optional.empty(),
                details.confidence() == null ? Refusal.about("confidence", "savings.confidence.required").asOptional() : Optional.empty());
    }

    public static Optional<Refusal> ownWorkstream(Long workstreamId, Set<Long> programmeWorkstreams) {
        return workstreamId != null && !programmeWorkstreams.contains(workstreamId)
                ? Refusal.about("workstreamId", "savings.workstream.otherProgramme").asOptional() : Optional.empty();
    }
}
