package org.tgov.improvement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.UserDirectory;
import org.tgov.identity.UserSummary;
import org.tgov.improvement.internal.ActionRules;
import org.tgov.improvement.internal.ImprovementAction;
import org.tgov.improvement.internal.ImprovementActionRepository;
import org.tgov.improvement.internal.ImprovementPlanRepository;
import org.tgov.improvement.internal.InspectionRecommendationRepository;
import org.tgov.improvement.internal.PriorityAreaRepository;
import org.tgov.improvement.internal.RequirementRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/**
 * Writing the plan's actions: adding one and changing what it says. Everything an action points to
 * (its plan, priority area, workstream, owner, and the requirement or recommendation it answers)
 * must be the programme's own; status and ratings are left to progress updates.
 */
@Service
@Transactional
public class ActionEditing {

    private final ImprovementActionRepository actions;
    private final ImprovementPlanRepository plans;
    private final PriorityAreaRepository areas;
    private final RequirementRepository requirements;
    private final InspectionRecommendationRepository recommendations;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final UserDirectory users;

    ActionEditing(ImprovementActionRepository actions, ImprovementPlanRepository plans, PriorityAreaRepository areas,
            RequirementRepository requirements, InspectionRecommendationRepository recommendations, ProgrammeManagement programmes,
            WorkstreamManagement workstreams, UserDirectory users) {
        this.actions = actions;
        this.plans = plans;
        this.areas = areas;
        this.requirements = requirements;
        this.recommendations = recommendations;
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.users = users;
    }

    /** An action of one of the programme's plans, priority areas and workstreams, with a reference of its own; it starts not started. */
    public Long add(Long programmeId, NewAction action) {
        programmes.get(programmeId);
        NewAction tidy = tidy(action);
        Refused.unlessAllowed(rules(programmeId, tidy, null));
        return actions.save(new ImprovementAction(programmeId, tidy)).getId();
    }

    /** The action as now written; its link to a scrutiny recommendation is kept as it was. */
    public void change(Long programmeId, Long actionId, long expectedVersion, NewAction action) {
        ImprovementAction saved = actions.findVisible(actionId).filter(a -> a.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Action"));
        if (saved.getVersion() != expectedVersion) {
            throw new StaleEditException("record.action");
        }
        NewAction tidy = tidy(action);
        Refused.unlessAllowed(rules(programmeId, tidy, saved));
        saved.change(tidy);
        try {
            actions.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.action");
        }
    }

    private List<Optional<Refusal>> rules(Long programmeId, NewAction action, ImprovementAction saved) {
        List<Optional<Refusal>> answers = new ArrayList<>(ActionRules.actionIsComplete(action));
        answers.add(action.planId() != null && !plans.existsByIdAndProgrammeId(action.planId(), programmeId)
                ? Refusal.about("planId", "improvement.action.plan.otherProgramme").asOptional() : Optional.empty());
        answers.add(action.priorityAreaId() != null && !areas.existsByIdAndProgrammeId(action.priorityAreaId(), programmeId)
                ? Refusal.about("priorityAreaId", "improvement.action.area.otherProgramme").asOptional() : Optional.empty());
        answers.add(action.workstreamId() != null
                && workstreams.of(programmeId).stream().map(Workstream::getId).noneMatch(action.workstreamId()::equals)
                ? Refusal.about("workstreamId", "workstream.otherProgramme").asOptional() : Optional.empty());
        answers.add(ownerRule(action.ownerUserId(), saved == null ? null : saved.getOwnerUserId()));
        answers.add(action.requirementId() != null && !requirements.existsByIdAndProgrammeId(action.requirementId(), programmeId)
                ? Refusal.about("requirementId", "improvement.action.requirement.otherProgramme").asOptional() : Optional.empty());
        answers.add(action.inspectionRecommendationId() != null
                && !recommendations.existsByIdAndProgrammeId(action.inspectionRecommendationId(), programmeId)
                ? Refusal.about("inspectionRecommendationId", "improvement.action.recommendation.otherProgramme").asOptional()
                : Optional.empty());
        answers.add(action.reference() != null && actions.referenceTaken(programmeId, action.reference(), saved == null ? null : saved.getId())
                ? Refusal.about("reference", "improvement.action.reference.taken", action.reference()).asOptional() : Optional.empty());
        return answers;
    }

    /** The owner is one of the council's people, who can sign in (unless they already owned the action). */
    private Optional<Refusal> ownerRule(Long ownerUserId, Long savedOwnerUserId) {
        if (ownerUserId == null) {
            return Optional.empty();
        }
        Map<Long, UserSummary> found = users.find(Set.of(ownerUserId));
        if (!found.containsKey(ownerUserId)) {
            return Refusal.about("ownerUserId", "improvement.action.owner.otherOrganisation").asOptional();
        }
        return found.get(ownerUserId).enabled() || ownerUserId.equals(savedOwnerUserId) ? Optional.empty()
                : Refusal.about("ownerUserId", "improvement.action.owner.disabled").asOptional();
    }

    private static NewAction tidy(NewAction action) {
        return new NewAction(action.planId(), action.priorityAreaId(), action.workstreamId(), strip(action.reference()),
                strip(action.title()), action.ownerUserId(), action.dueOn(), action.requirementId(),
                action.inspectionRecommendationId(), action.scrutinyRecommendationId());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
