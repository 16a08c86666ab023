package org.tgov.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.SignedInUser;
import org.tgov.improvement.internal.ActionEditingPolicy;
import org.tgov.improvement.internal.ImprovementAction;
import org.tgov.improvement.internal.ImprovementActionRepository;
import org.tgov.improvement.internal.ProgressRules;
import org.tgov.improvement.internal.ProgressUpdate;
import org.tgov.improvement.internal.ProgressUpdateRepository;
import org.tgov.shared.Actor;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/** The actions of a programme's improvement plan: lists, one action with its history, and progress updates. */
@Service
@Transactional
public class ActionProgress {

    private final ImprovementActionRepository actions;
    private final ProgressUpdateRepository updates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionProgress(ImprovementActionRepository actions, ProgressUpdateRepository updates, ApplicationEventPublisher events,
            Clock clock) {
        this.actions = actions;
        this.updates = updates;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the programme's actions narrowed by the filter, in due date order. */
    @Transactional(readOnly = true)
    public Page<ActionView> actions(Long programmeId, ActionFilter filter, Pageable page) {
        LocalDate today = LocalDate.now(clock);
        return actions.filtered(programmeId, filter.workstreamId(), filter.ownerUserId(), filter.progress(), filter.impact(),
                filter.status(), filter.priorityAreaId(), filter.overdueOnly(), today, PlanManagement.DONE, page)
                .map(a -> a.view(today));
    }

    /** The action, only if it belongs to the programme: any other looks not found. */
    @Transactional(readOnly = true)
    public ActionView action(Long programmeId, Long actionId) {
        return actionOf(programmeId, actionId).view(LocalDate.now(clock));
    }

    /** The action's progress updates, latest first. */
    @Transactional(readOnly = true)
    public List<ProgressUpdateView> history(Long programmeId, Long actionId) {
        actionOf(programmeId, actionId);
        return updates.findByActionIdOrderByRecordedOnDescIdDesc(actionId).stream().map(ProgressUpdate::view).toList();
    }

    /** Whether the signed-in person may record progress on the action (see {@link ActionEditingPolicy}). */
    @Transactional(readOnly = true)
    public boolean mayUpdate(Long programmeId, Long actionId) {
        return mayUpdate(actionOf(programmeId, actionId));
    }

    public Long record(Long programmeId, Long actionId, long expectedVersion, ProgressDetails details) {
        ImprovementAction action = actionOf(programmeId, actionId);
        if (!mayUpdate(action)) {
            throw new AccessDeniedException("Not the owner of the action nor of its workstream");
        }
        if (action.getVersion() != expectedVersion) {
            throw new StaleEditException("record.action");
        }
        List<Optional<Refusal>> answers = new ArrayList<>(ProgressRules.updateIsComplete(details, LocalDate.now(clock),
                action.getLastUpdateOn()));
        answers.addAll(ProgressRules.blueMeansComplete(details.status(), details.progress(), details.impact()));
        Refused.unlessAllowed(answers);
        ProgressUpdate update = updates.save(new ProgressUpdate(action, details, Actor.currentName(), clock.instant()));
        action.record(details);
        try {
            actions.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.action");
        }
        events.publishEvent(new ProgressRecorded(programmeId, actionId, update.getId(), details.progress(), details.impact()));
        return update.getId();
    }

    private boolean mayUpdate(ImprovementAction action) {
        SignedInUser user = SignedInUser.current().orElse(null);
        return user != null && ActionEditingPolicy.mayUpdate(user, action.getOwnerUserId(), action.getWorkstreamId(),
                actions.workstreamsOwnedBy(user.getId()));
    }

    private ImprovementAction actionOf(Long programmeId, Long actionId) {
        return actions.findVisible(actionId).filter(a -> a.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Action"));
    }
}
