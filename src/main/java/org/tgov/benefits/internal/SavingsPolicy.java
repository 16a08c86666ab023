package org.tgov.benefits.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tgov.benefits.SavingsTargetDetails;
import org.tgov.shared.FieldName;
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
                details.workstreamId() == null ? Refusal.about("workstreamId", "workstream.required").asOptional() : Optional.empty(),
                details.financialYear() == null ? Refusal.about("financialYear", "financialYear.required").asOptional() : Optional.empty(),
                details.description() == null || details.description().isEmpty()
                        ? Refusal.about("description", "savings.description.required").asOptional() : Optional.empty(),
                details.planned() == null || details.planned().isNegative()
                        ? Refusal.about("planned", "amount.notNegative", FieldName.of("savings.field.planned").atStart()).asOptional()
                        : Optional.empty(),
                details.delivered().isNegative()
                        ? Refusal.about("delivered", "amount.notNegative", FieldName.of("savings.field.delivered").atStart()).asOptional()
                        : Optional.empty(),
                details.confidence() == null ? Refusal.about("confidence", "savings.confidence.required").asOptional() : Optional.empty());
    }

    public static Optional<Refusal> ownWorkstream(Long workstreamId, Set<Long> programmeWorkstreams) {
        return workstreamId != null && !programmeWorkstreams.contains(workstreamId)
                ? Refusal.about("workstreamId", "workstream.otherProgramme").asOptional() : Optional.empty();
    }
}
