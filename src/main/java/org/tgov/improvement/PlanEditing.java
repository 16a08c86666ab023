package org.tgov.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.ImprovementPlan;
import org.tgov.improvement.internal.ImprovementPlanRepository;
import org.tgov.improvement.internal.PlanRules;
import org.tgov.improvement.internal.PriorityArea;
import org.tgov.improvement.internal.PriorityAreaRepository;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/**
 * Writing the plan itself: adding and changing its versions, adding and renaming its priority areas.
 * Each use case is scoped to one programme; a record of another programme looks not found.
 */
@Service
@Transactional
public class PlanEditing {

    private final ImprovementPlanRepository plans;
    private final PriorityAreaRepository areas;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    PlanEditing(ImprovementPlanRepository plans, PriorityAreaRepository areas, ProgrammeManagement programmes, Clock clock) {
        this.plans = plans;
        this.areas = areas;
        this.programmes = programmes;
        this.clock = clock;
    }

    public Long addPlan(Long programmeId, PlanDetails details) {
        programmes.get(programmeId);
        PlanDetails plan = tidy(details);
        Refused.unlessAllowed(planRules(programmeId, plan, null));
        return plans.save(new ImprovementPlan(programmeId, plan)).getId();
    }

    @Transactional(readOnly = true)
    public EditablePlan plan(Long programmeId, Long planId) {
        ImprovementPlan plan = planOf(programmeId, planId);
        return new EditablePlan(plan.getId(), plan.details(), plan.getVersion());
    }

    public void changePlan(Long programmeId, Long planId, long expectedVersion, PlanDetails details) {
        ImprovementPlan saved = planOf(programmeId, planId);
        if (saved.getVersion() != expectedVersion) {
            throw new StaleEditException("record.plan");
        }
        PlanDetails plan = tidy(details);
        Refused.unlessAllowed(planRules(programmeId, plan, planId));
        saved.change(plan);
        try {
            plans.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.plan");
        }
    }

    /** A priority area, placed after the programme's others. */
    public Long addPriorityArea(Long programmeId, String name) {
        programmes.get(programmeId);
        String kept = name == null ? null : name.strip();
        Refused.unlessAllowed(areaRules(programmeId, kept, null));
        int position = (int) areas.countByProgrammeId(programmeId) + 1;
        return areas.save(new PriorityArea(programmeId, kept, position)).getId();
    }

    @Transactional(readOnly = true)
    public EditableArea priorityArea(Long programmeId, Long areaId) {
        PriorityArea area = areaOf(programmeId, areaId);
        return new EditableArea(area.getId(), area.getName(), area.getVersion());
    }

    public void renamePriorityArea(Long programmeId, Long areaId, long expectedVersion, String name) {
        PriorityArea area = areaOf(programmeId, areaId);
        if (area.getVersion() != expectedVersion) {
            throw new StaleEditException("record.area");
        }
        String kept = name == null ? null : name.strip();
        Refused.unlessAllowed(areaRules(programmeId, kept, areaId));
        area.rename(kept);
        try {
            areas.flush();
        } catch (OptimisticLockingFailureException raced) {
            throw new StaleEditException("record.area");
        }
    }

    private List<Optional<Refusal>> planRules(Long programmeId, PlanDetails plan, Long exceptId) {
        List<Optional<Refusal>> answers = new ArrayList<>(PlanRules.planIsComplete(plan));
        answers.addAll(PlanRules.statusIsBorneOutByDates(plan));
        answers.addAll(PlanRules.datesHaveHappened(plan, LocalDate.now(clock)));
        // the version a plan is known by names one plan only, whatever its case
        answers.add(plan.planVersion() != null && plans.versionTaken(programmeId, plan.planVersion(), exceptId)
                ? Refusal.about("planVersion", "improvement.plan.planVersion.taken", plan.planVersion()).asOptional()
                : Optional.empty());
        return answers;
    }

    private List<Optional<Refusal>> areaRules(Long programmeId, String name, Long exceptId) {
        // two areas of one name, in any case, would split the plan's counts between them
        return List.of(PlanRules.areaIsNamed(name),
                name != null && !name.isEmpty() && areas.nameTaken(programmeId, name, exceptId)
                        ? Refusal.about("name", "improvement.area.name.taken", name).asOptional() : Optional.empty());
    }

    private static PlanDetails tidy(PlanDetails plan) {
        return new PlanDetails(strip(plan.title()), strip(plan.planVersion()), plan.status(), strip(plan.endorsedBy()),
                plan.endorsedOn(), plan.submittedOn());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private ImprovementPlan planOf(Long programmeId, Long planId) {
        return plans.findVisible(planId).filter(p -> p.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Plan"));
    }

    private PriorityArea areaOf(Long programmeId, Long areaId) {
        return areas.findVisible(areaId).filter(a -> a.getProgrammeId().equals(programmeId))
                .orElseThrow(() -> new NotFoundException("Priority area"));
    }
}
