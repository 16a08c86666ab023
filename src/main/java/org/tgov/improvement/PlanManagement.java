package org.tgov.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.ImprovementAction;
import org.tgov.improvement.internal.ImprovementActionRepository;
import org.tgov.improvement.internal.ImprovementPlan;
import org.tgov.improvement.internal.ImprovementPlanRepository;
import org.tgov.improvement.internal.PriorityArea;
import org.tgov.improvement.internal.PriorityAreaRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

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
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;
    private final Clock clock;

    PlanManagement(ImprovementPlanRepository plans, PriorityAreaRepository areas, ImprovementActionRepository actions,
            ProgrammeManagement programmes, WorkstreamManagement workstreams, Clock clock) {
        this.plans = plans;
        this.areas = areas;
        this.actions = actions;
        this.programmes = programmes;
        this.workstreams = workstreams;
        this.clock = clock;
    }

    public Long addPlan(Long programmeId, PlanDetails details) {
        programmes.get(programmeId);
        return plans.save(new ImprovementPlan(programmeId, details)).getId();
    }

    public Long addPriorityArea(Long programmeId, String name) {
        programmes.get(programmeId);
        int position = areas.findByProgrammeIdOrderByPositionAscIdAsc(programmeId).size() + 1;
        return areas.save(new PriorityArea(programmeId, name, position)).getId();
    }

    /** An action of one of the programme's plans, priority areas and workstreams, with a reference of its own. */
    public Long addAction(Long programmeId, NewAction action) {
        programmes.get(programmeId);
        List<Optional<Refusal>> answers = new ArrayList<>();
        answers.add(plans.findByProgrammeIdOrderByEndorsedOnAscIdAsc(programmeId).stream().noneMatch(p -> p.getId().equals(action.planId()))
                ? Refusal.about("planId", "improvement.action.plan.otherProgramme").asOptional() : Optional.empty());
        answers.add(priorityAreas(programmeId).stream().noneMatch(a -> a.id().equals(action.priorityAreaId()))
                ? Refusal.about("priorityAreaId", "improvement.action.area.otherProgramme").asOptional() : Optional.empty());
        answers.add(workstreams.of(programmeId).stream().map(Workstream::getId).noneMatch(id -> id.equals(action.workstreamId()))
                ? Refusal.about("workstreamId", "workstream.otherProgramme").asOptional() : Optional.empty());
        answers.add(actions.existsByProgrammeIdAndReferenceIgnoreCase(programmeId, action.reference())
                ? Refusal.about("reference", "improvement.action.reference.taken", action.reference()).asOptional() : Optional.empty());
        Refused.unlessAllowed(answers);
        return actions.save(new ImprovementAction(programmeId, action)).getId();
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

    @Transactional(readOnly = true)
    public List<RatingTally> progressByWorkstream(Long programmeId) {
        return actions.progressByWorkstream(programmeId);
    }

    @Transactional(readOnly = true)
    public List<RatingTally> impactByWorkstream(Long programmeId) {
        return actions.impactByWorkstream(programmeId);
    }

    /** Actions past their due date and not complete, as at today. */
    @Transactional(readOnly = true)
    public List<ActionView> overdue(Long programmeId) {
        LocalDate today = LocalDate.now(clock);
        return actions.overdue(programmeId, today, DONE).stream().map(a -> a.view(today)).toList();
    }

    /** The red and amber actions: red first. */
    @Transactional(readOnly = true)
    public List<ActionView> redAndAmber(Long programmeId) {
        LocalDate today = LocalDate.now(clock);
        return actions.withProgress(programmeId, EnumSet.of(Rating.RED, Rating.AMBER)).stream()
                .map(a -> a.view(today)).toList();
    }

    /** Actions that answer a requirement of a notice or direction. */
    @Transactional(readOnly = true)
    public List<ActionView> answeringRequirements(Long programmeId) {
        LocalDate today = LocalDate.now(clock);
        return actions.answeringRequirements(programmeId).stream().map(a -> a.view(today)).toList();
    }

    /** Actions that answer an inspection recommendation. */
    @Transactional(readOnly = true)
    public List<ActionView> answeringInspections(Long programmeId) {
        LocalDate today = LocalDate.now(clock);
        return actions.answeringInspections(programmeId).stream().map(a -> a.view(today)).toList();
    }
}
