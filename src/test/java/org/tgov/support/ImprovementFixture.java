package org.tgov.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tgov.identity.SignedInUser;
import org.tgov.improvement.ActionProgress;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.Frequency;
import org.tgov.improvement.InspectionDetails;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InspectionType;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.InterventionDetails;
import org.tgov.improvement.InterventionKind;
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.NewAction;
import org.tgov.improvement.OfstedJudgement;
import org.tgov.improvement.PlanDetails;
import org.tgov.improvement.PlanManagement;
import org.tgov.improvement.PlanStatus;
import org.tgov.improvement.Polarity;
import org.tgov.improvement.ProgressDetails;
import org.tgov.improvement.Rating;
import org.tgov.improvement.RequirementView;

/**
 * An improvement plan on a programme, through the module's façades: a notice with its requirements,
 * an inspection with its recommendations, a plan with a priority area, actions answering both with
 * their progress updates, and measures with monthly values; {@link #grow} adds more of each.
 */
@Component
public class ImprovementFixture {

    private final InterventionManagement interventions;
    private final InspectionManagement inspections;
    private final PlanManagement plans;
    private final ActionProgress progress;
    private final MeasureManagement measures;

    ImprovementFixture(InterventionManagement interventions, InspectionManagement inspections, PlanManagement plans,
            ActionProgress progress, MeasureManagement measures) {
        this.interventions = interventions;
        this.inspections = inspections;
        this.plans = plans;
        this.progress = progress;
        this.measures = measures;
    }

    /** What was made: the ids the pages are read at, and what {@link #grow} adds to. */
    public record ImprovementSetup(Long programmeId, Long workstreamId, Long planId, Long areaId, Long requirementId,
            Long recommendationId, Long measureId) {
    }

    /** A page of actions and one more (so the list counts them), one update each, one measure of three values; run as an officer of the council. */
    public ImprovementSetup create(SignedInUser officer, Long programmeId, Long workstreamId) {
        return TestData.actingAs(officer, () -> {
            interventions.issue(programmeId, new InterventionDetails(InterventionKind.IMPROVEMENT_NOTICE, "Improvement notice",
                    "Department for Education", LocalDate.of(2021, 5, 18), null), List.of("Appoint an adviser", "Implement a plan"));
            RequirementView requirement = interventions.interventions(programmeId).get(0).requirements().get(0);
            inspections.record(programmeId, new InspectionDetails(InspectionType.ILACS, "ILACS", LocalDate.of(2021, 3, 1),
                    LocalDate.of(2021, 4, 20), List.of(new InspectionDetails.Judgement("Leaders", OfstedJudgement.INADEQUATE)),
                    OfstedJudgement.INADEQUATE, List.of("Supervision", "Assessments"), false));
            InspectionView inspection = inspections.inspections(programmeId).get(0);
            Long plan = plans.addPlan(programmeId, new PlanDetails("Improvement plan", "1.0", PlanStatus.SUBMITTED, "Cabinet",
                    LocalDate.of(2021, 7, 15), LocalDate.of(2021, 7, 20)));
            Long area = plans.addPriorityArea(programmeId, TestData.unique("Workforce"));
            Long measure = measures.create(programmeId, new MeasureDetails(TestData.unique("Caseload"), "Manageable caseloads",
                    "children", Polarity.LOWER_IS_BETTER, new BigDecimal("24"), LocalDate.of(2021, 4, 1), new BigDecimal("18"),
                    LocalDate.of(2024, 3, 1), "15 to 18", null, Frequency.MONTHLY, false));
            ImprovementSetup setup = new ImprovementSetup(programmeId, workstreamId, plan, area, requirement.id(),
                    inspection.recommendations().get(0).id(), measure);
            addActions(officer, setup, "A", 26, 1);
            addValues(setup, measure, 3);
            return setup;
        });
    }

    /** Thirty more actions of five updates each, two more measures and three years of monthly values. */
    public void grow(SignedInUser officer, ImprovementSetup setup) {
        TestData.actingAs(officer, () -> {
            addActions(officer, setup, "G", 30, 5);
            addValues(setup, setup.measureId(), 36);
            for (int i = 0; i < 2; i++) {
                Long measure = measures.create(setup.programmeId(), new MeasureDetails(TestData.unique("Audits"), "Good practice", "%",
                        Polarity.HIGHER_IS_BETTER, new BigDecimal("20"), null, new BigDecimal("60"), null, null, null,
                        Frequency.MONTHLY, false));
                addValues(setup, measure, 36);
            }
        });
    }

    private void addActions(SignedInUser owner, ImprovementSetup setup, String prefix, int count, int updates) {
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            added.add(plans.addAction(setup.programmeId(), new NewAction(setup.planId(), setup.areaId(), setup.workstreamId(),
                    TestData.unique(prefix), "Action " + prefix + i,
                    owner.getId(), LocalDate.of(2022 + i % 3, 1 + i % 12, 28), i % 2 == 0 ? setup.requirementId() : null,
                    i % 2 == 1 ? setup.recommendationId() : null, null)));
        }
        for (Long action : added) {
            for (int k = 0; k < updates; k++) {
                boolean last = k == updates - 1;
                ActionStatus status = last && action % 3 == 0 ? ActionStatus.COMPLETE : ActionStatus.IN_PROGRESS;
                Rating rating = status == ActionStatus.COMPLETE ? Rating.BLUE : Rating.values()[(int) ((action + k) % 3)];
                progress.record(setup.programmeId(), action, k, new ProgressDetails(LocalDate.of(2021, 8, 1).plusMonths(k),
                        status, rating, rating == Rating.BLUE ? Rating.GREEN : rating, "Update " + k, null));
            }
        }
    }

    private void addValues(ImprovementSetup setup, Long measure, int months) {
        for (int m = 0; m < months; m++) {
            measures.recordValue(setup.programmeId(), measure, LocalDate.of(2021, 4, 1).plusMonths(m),
                    new BigDecimal(24 - m % 7), m % 4 == 0 ? "Commentary " + m : null);
        }
    }
}
