package org.tgov.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tgov.support.Refusals.assertRefused;
import static org.tgov.support.TestData.actingAs;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/** A council enters its own plan through the façades the entry forms use, on this run's PostgreSQL. */
@org.tgov.support.ModuleIntegrationTest
@Import(TestData.class)
class PlanEntryIT {

    static final LocalDate ENDORSED = LocalDate.of(2022, 12, 15);

    @Autowired TestData data;
    @Autowired PlanEditing editing;
    @Autowired ActionEditing actionEditing;
    @Autowired PlanManagement plans;
    @Autowired ActionProgress progress;
    @Autowired WorkstreamManagement workstreams;
    @Autowired InspectionManagement inspections;
    @Autowired InterventionManagement interventions;

    @Test
    void versionsOfThePlanAreAddedAndChangedWithTheirRulesAndOptimisticLocking() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long programme = data.programme(council);
        Long other = data.programme(council);
        actingAs(officer, () -> {
            Long plan = editing.addPlan(programme, new PlanDetails(" Action plan ", "1.0", PlanStatus.DRAFT, " ", null, null));
            editing.addPlan(other, new PlanDetails("Another programme's plan", "2", PlanStatus.DRAFT, null, null, null));
            assertRefused(() -> editing.addPlan(programme, new PlanDetails("Again", " 1.0", PlanStatus.DRAFT, null, null, null)),
                    "improvement.plan.planVersion.taken");
            Refused refused = assertRefused(() -> editing.addPlan(programme, new PlanDetails("Later", "2", PlanStatus.SUBMITTED,
                    "Cabinet", LocalDate.now().plusDays(3), null)), "improvement.plan.endorsedOn.future");
            assertThat(refused.has("improvement.plan.submittedOn.required")).isTrue();
            assertThat(plans.plans(programme)).extracting(PlanView::title, PlanView::endorsedBy).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Action plan", null));

            EditablePlan read = editing.plan(programme, plan);
            PlanDetails endorsed = new PlanDetails("Action plan", "1.0", PlanStatus.ENDORSED, "Cabinet", ENDORSED, null);
            assertRefused(() -> editing.changePlan(programme, plan, read.version(),
                    new PlanDetails("Action plan", "1.0", PlanStatus.ENDORSED, "Cabinet", null, null)), "improvement.plan.endorsedOn.required");
            editing.addPlan(programme, new PlanDetails("First draft", "0.9", PlanStatus.SUPERSEDED, null, null, null));
            assertRefused(() -> editing.changePlan(programme, plan, read.version(),
                    new PlanDetails("Action plan", "0.9", PlanStatus.DRAFT, null, null, null)), "improvement.plan.planVersion.taken");
            editing.changePlan(programme, plan, read.version(), endorsed);
            assertThat(editing.plan(programme, plan).details()).isEqualTo(endorsed);
            assertThatThrownBy(() -> editing.changePlan(programme, plan, read.version(), endorsed))
                    .isInstanceOf(StaleEditException.class);
            assertThatThrownBy(() -> editing.plan(other, plan)).as("a plan of another programme").isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void priorityAreasHaveNamesOfTheirOwnInAnyCase() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long programme = data.programme(council);
        actingAs(officer, () -> {
            Long workforce = editing.addPriorityArea(programme, " Workforce ");
            Long help = editing.addPriorityArea(programme, "Help and protection");
            assertRefused(() -> editing.addPriorityArea(programme, "WORKFORCE"), "improvement.area.name.taken");
            assertRefused(() -> editing.renamePriorityArea(programme, help, 0, "workforce"), "improvement.area.name.taken");
            editing.renamePriorityArea(programme, workforce, 0, "workforce");
            assertThat(plans.priorityAreas(programme)).extracting(PriorityAreaView::name, PriorityAreaView::position)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("workforce", 1),
                            org.assertj.core.groups.Tuple.tuple("Help and protection", 2));
            assertThatThrownBy(() -> editing.renamePriorityArea(programme, workforce, 0, "Staff"))
                    .isInstanceOf(StaleEditException.class);
        });
    }

    @Test
    void anActionPointsOnlyAtItsOwnProgrammeAndCouncilAndKeepsItsProgressWhenChanged() {
        Council council = data.council();
        Council elsewhere = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        SignedInUser colleague = data.user(council, Role.OFFICER);
        SignedInUser outsider = data.user(elsewhere, Role.OFFICER);
        Long programme = data.programme(council);
        Long other = data.programme(council);
        long[] ids = actingAs(officer, () -> {
            Long workstream = workstreams.create(programme, "Workforce", null, null);
            Long foreignWorkstream = workstreams.create(other, "Finance", null, null);
            Long plan = editing.addPlan(programme, new PlanDetails("Action plan", "1", PlanStatus.ENDORSED, "Cabinet", ENDORSED, null));
            Long area = editing.addPriorityArea(programme, "Workforce");
            Long foreignArea = editing.addPriorityArea(other, "Elsewhere");
            inspections.record(other, new InspectionDetails(InspectionType.ILACS, "ILACS", LocalDate.of(2022, 7, 1), null, List.of(),
                    null, List.of("Supervision"), false));
            Long foreignRecommendation = inspections.inspections(other).get(0).recommendations().get(0).id();
            interventions.issue(programme, new InterventionDetails(InterventionKind.IMPROVEMENT_NOTICE, "Notice", "DfE",
                    LocalDate.of(2021, 5, 18), null), List.of("Appoint an adviser"));
            Long requirement = interventions.interventions(programme).get(0).requirements().get(0).id();

            Refused refused = assertRefused(() -> actionEditing.add(programme, new NewAction(plan, foreignArea, foreignWorkstream, "A1",
                    "Recruit", outsider.getId(), LocalDate.of(2023, 3, 31), null, foreignRecommendation, null)),
                    "improvement.action.area.otherProgramme");
            assertThat(refused.refusals()).extracting(org.tgov.shared.Refusal::subject).containsExactly(
                    "priorityAreaId", "workstreamId", "ownerUserId", "inspectionRecommendationId");
            assertThat(progress.actions(programme, new ActionFilter(null, null, null, null, null, null, false),
                    org.springframework.data.domain.PageRequest.of(0, 25)).getTotalElements()).as("nothing half-saved").isZero();

            Long action = actionEditing.add(programme, new NewAction(plan, area, workstream, " A1 ", "Recruit", officer.getId(),
                    LocalDate.of(2023, 3, 31), requirement, null, null));
            progress.record(programme, action, 0, new ProgressDetails(LocalDate.of(2023, 1, 5), ActionStatus.IN_PROGRESS,
                    Rating.AMBER, Rating.GREEN, "Started", null));
            return new long[] {plan, area, workstream, action, requirement};
        });
        Long plan = ids[0], area = ids[1], workstream = ids[2], action = ids[3];

        ActionView added = actingAs(officer, () -> progress.action(programme, action));
        assertThat(added.reference()).isEqualTo("A1");
        assertThat(added.requirementId()).isEqualTo(ids[4]);
        actingAs(officer, () -> {
            assertRefused(() -> actionEditing.add(programme, new NewAction(plan, area, workstream, "a1", "Twice", officer.getId(),
                    LocalDate.of(2023, 3, 31), null, null, null)), "improvement.action.reference.taken");
            actionEditing.change(programme, action, added.version(), new NewAction(plan, area, workstream, "A1", "Recruit and retain",
                    colleague.getId(), LocalDate.of(2023, 6, 30), null, null, null));
        });
        ActionView changed = actingAs(officer, () -> progress.action(programme, action));
        assertThat(changed.title()).isEqualTo("Recruit and retain");
        assertThat(changed.ownerUserId()).isEqualTo(colleague.getId());
        assertThat(changed.requirementId()).isNull();
        assertThat(changed.status()).as("progress is left to updates").isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(changed.progress()).isEqualTo(Rating.AMBER);
        assertThatThrownBy(() -> actingAs(officer, () -> actionEditing.change(programme, action, added.version(), new NewAction(plan,
                area, workstream, "A1", "Stale", officer.getId(), LocalDate.of(2023, 6, 30), null, null, null))))
                .isInstanceOf(StaleEditException.class);

        assertThatThrownBy(() -> actingAs(outsider, () -> actionEditing.change(programme, action, changed.version(),
                new NewAction(plan, area, workstream, "A1", "Taken over", outsider.getId(), LocalDate.of(2023, 6, 30), null, null, null))))
                .as("another council's action").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actingAs(outsider, () -> editing.addPriorityArea(programme, "Theirs")))
                .isInstanceOf(NotFoundException.class);
    }
}
