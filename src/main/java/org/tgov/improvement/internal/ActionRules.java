package org.tgov.improvement.internal;

import java.util.List;
import java.util.Optional;
import org.tgov.improvement.NewAction;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refusal;

/** The rules of writing an action, each a named policy answering with a refusal and its reason, or nothing. */
public final class ActionRules {

    static final int REFERENCE_LENGTH = 20;
    static final int TITLE_LENGTH = 500;

    private ActionRules() {
    }

    /**
     * An action says what is to be done and is known by a short reference; it belongs to a version
     * of the plan, a priority area and a workstream, and has an owner and a due date.
     */
    public static List<Optional<Refusal>> actionIsComplete(NewAction action) {
        return List.of(
                PlanRules.blank(action.reference()) ? Refusal.about("reference", "improvement.action.reference.required").asOptional()
                        : PlanRules.tooLong(action.reference(), REFERENCE_LENGTH)
                                ? Refusal.about("reference", "improvement.action.reference.tooLong").asOptional() : Optional.empty(),
                PlanRules.blank(action.title()) ? Refusal.about("title", "improvement.action.title.required").asOptional()
                        : PlanRules.tooLong(action.title(), TITLE_LENGTH)
                                ? Refusal.about("title", "improvement.action.title.tooLong").asOptional() : Optional.empty(),
                action.planId() == null ? Refusal.about("planId", "improvement.action.plan.required").asOptional() : Optional.empty(),
                action.priorityAreaId() == null
                        ? Refusal.about("priorityAreaId", "improvement.action.area.required").asOptional() : Optional.empty(),
                action.workstreamId() == null
                        ? Refusal.about("workstreamId", "improvement.action.workstream.required").asOptional() : Optional.empty(),
                action.ownerUserId() == null
                        ? Refusal.about("ownerUserId", "improvement.action.owner.required").asOptional() : Optional.empty(),
                action.dueOn() == null ? Refusal.about("dueOn", "field.required", FieldName.of("improvement.field.dueOn")).asOptional() : Optional.empty());
    }
}
