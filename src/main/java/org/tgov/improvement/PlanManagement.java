package org.tgov.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.ImprovementActionRepository;
import org.tgov.improvement.internal.ImprovementPlan;
import org.tgov.improvement.internal.ImprovementPlanRepository;
import org.tgov.improvement.internal.PriorityArea;
import org.tgov.improvement.internal.PriorityAreaRepository;

/**
 * The improvement plan of a programme: its versions, priority areas and actions, and the counts the
 * boards read (actions by rating per priority area and per workstream, overdue actions), each
 * counted or listed by the database in one query.
 */
@Service
@Transactional
public class PlanManagement {

    static final Set<ActionStatus> DONE = EnumSet.of(ActionStatus.COMPLETE, ActionStatus.CLOSED);

    private final ImprovementPlanRepository plans;
    private final PriorityAreaRepository areas;
    private final ImprovementActionRepository actions;
    private final PlanEditing editing;
    private final ActionEditing actionEditing;
    private final Clock clock;

    PlanManagement(ImprovementPlanRepository plans, PriorityAreaRepository areas, ImprovementActionRepository actions,
            PlanEditing editing, ActionEditing actionEditing, Clock clock) {
        this.plans = plans;
        this.areas = areas;
        this.actions = actions;
        this.editing = editing;
        this.actionEditing = actionEditing;
        this.clock = clock;
    }

    /** See {@link PlanEditing#addPlan}: the demo loader and tests add through here. */
    public Long addPlan(Long programmeId, PlanDetails details) {
        return editing.addPlan(programmeId, details);
    }

    /** See {@link PlanEditing#addPriorityArea}. */
    public Long addPriorityArea(Long programmeId, String name) {
        return editing.addPriorityArea(programmeId, name);
    }

    /** See {@link ActionEditing#add}. */
    public Long addAction(Long programmeId, NewAction action) {
        return actionEditing.add(programmeId, action);
    }

    @Transactional(readOnly = true)
    public List<PlanView> plans(Long programmeId) {
        return plans.findByProgrammeIdOrderByEndorsedOnAscIdAsc(programmeId).stream().map(ImprovementPlan::view).toList();
    }

    @Transactional(readOnly = true)
    public List<PriorityAreaView> priorityAreas(Long programmeId) {
        return areas.findByProgrammeIdOrderByPositionAscIdAsc(programmeId).stream().map(PriorityArea::view).toList();
    }

    @Transactional(readOnly = true)
    public List<RatingTally> progressByPriorityArea(Long programmeId) {
        return actions.progressByArea(programmeId);
    }

    @Transactional(readOnly = true)
    public List<RatingTally> impactByPriorityArea(Long programmeId) {
        return actions.impactByArea(programmeId);
    }

    /** Actions past their due date and not complete, as at today. */
    @Transactional(readOnly = true)
    public List<ActionView> overdue(Long programmeId) {
        LocalDate today = LocalDate.now(clock);
        return actions.overdue(programmeId, today, DONE).stream().map(a -> a.view(today)).toList();
    }

    /** Actions that answer an inspection recommendation. */
    @Transactional(readOnly = true)
    public List<ActionView> answeringInspections(Long programmeId) {
        LocalDate today = LocalDate.now(clock);
        return actions.answeringInspections(programmeId).stream().map(a -> a.view(today)).toList();
    }
}
