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
import org.tgov.shared.NotFoundException;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ModuleIntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/** The improvement module with programme, identity and shared only, on this run's PostgreSQL. */
@ModuleIntegrationTest
@Import(TestData.class)
class ImprovementModuleIT {

    @Autowired TestData data;
    @Autowired InterventionManagement interventions;
    @Autowired PlanManagement plans;
    @Autowired PlanOverview overview;
    @Autowired ActionProgress progress;
    @Autowired org.tgov.programme.WorkstreamManagement workstreams;
    @Autowired MeasureManagement measures;
    @Autowired InspectionManagement inspections;

    @Test
    void keepsEachInspectionsJudgementsInOrderWithItsRecommendationsLatestInspectionFirst() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long programme = data.programme(council);
        actingAs(officer, () -> {
            inspections.record(programme, new InspectionDetails(InspectionType.FOCUSED_VISIT, "Focused visit", LocalDate.of(2021, 7, 1),
                    null, List.of(), null, List.of("More social workers"), false));
            inspections.record(programme, new InspectionDetails(InspectionType.ILACS, "ILACS", LocalDate.of(2022, 7, 1),
                    LocalDate.of(2022, 9, 21), List.of(new InspectionDetails.Judgement("Leaders", OfstedJudgement.INADEQUATE),
                            new InspectionDetails.Judgement("Help and protection", OfstedJudgement.REQUIRES_IMPROVEMENT)),
                    OfstedJudgement.INADEQUATE, List.of("Supervision", "Assessments"), false));
            assertRefused(() -> inspections.record(programme, new InspectionDetails(InspectionType.PEER_REVIEW, "Peer review",
                    LocalDate.of(2022, 10, 1), LocalDate.of(2022, 9, 1), List.of(), null, List.of(), false)),
                    "improvement.inspection.publishedBeforeInspected");

            List<InspectionView> all = inspections.inspections(programme);
            assertThat(all).extracting(InspectionView::title).containsExactly("ILACS", "Focused visit");
            assertThat(all.get(0).judgements()).extracting(InspectionDetails.Judgement::area).containsExactly("Leaders", "Help and protection");
            assertThat(all.get(0).recommendations()).extracting(InspectionView.RecommendationView::position,
                    InspectionView.RecommendationView::recommendation).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, "Supervision"), org.assertj.core.groups.Tuple.tuple(2, "Assessments"));
            assertThat(all.get(1).overall()).isNull();
        });
    }

    @Test
    void ratesEachMeasuresLatestValueByItsPolarityAndReplacesAPeriodReportedAgain() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long programme = data.programme(council);
        actingAs(officer, () -> {
            Long caseload = measures.create(programme, new MeasureDetails("Caseload", "Manageable caseloads", "children",
                    Polarity.LOWER_IS_BETTER, new java.math.BigDecimal("24"), LocalDate.of(2022, 4, 1), new java.math.BigDecimal("18"),
                    LocalDate.of(2024, 3, 1), "15 to 18", null, Frequency.MONTHLY, false));
            Long audits = measures.create(programme, new MeasureDetails("Good audits", "Good practice", "%",
                    Polarity.HIGHER_IS_BETTER, new java.math.BigDecimal("20"), null, new java.math.BigDecimal("60"), null, null, null,
                    Frequency.MONTHLY, false));
            measures.recordValue(programme, caseload, LocalDate.of(2022, 4, 1), new java.math.BigDecimal("24"), null);
            measures.recordValue(programme, caseload, LocalDate.of(2022, 5, 20), new java.math.BigDecimal("17"), "First go");
            measures.recordValue(programme, caseload, LocalDate.of(2022, 5, 1), new java.math.BigDecimal("20"), "Corrected");
            measures.recordValue(programme, audits, LocalDate.of(2022, 5, 1), new java.math.BigDecimal("65"), null);
            assertRefused(() -> measures.create(programme, new MeasureDetails("caseload", "x", "y", Polarity.LOWER_IS_BETTER,
                    null, null, java.math.BigDecimal.ONE, null, null, null, Frequency.MONTHLY, false)), "improvement.measure.name.taken");
            assertRefused(() -> measures.recordValue(programme, audits, LocalDate.of(2999, 1, 1), java.math.BigDecimal.ONE, null),
                    "improvement.measure.period.future");

            assertThat(measures.measures(programme)).extracting(MeasureView::latestValue, MeasureView::rating).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(new java.math.BigDecimal("20.00"), Rating.AMBER),
                    org.assertj.core.groups.Tuple.tuple(new java.math.BigDecimal("65.00"), Rating.GREEN));
            assertThat(measures.values(programme, caseload)).extracting(MeasureValueView::commentary, MeasureValueView::rating)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(null, Rating.RED),
                            org.assertj.core.groups.Tuple.tuple("Corrected", Rating.AMBER));
        });
    }

    @Test
    void recordsProgressWithItsHistoryCountsRatingsFindsOverdueActionsAndLetsOnlyOwnersAndTheirWorkstreamUpdate() {
        Council council = data.council();
        SignedInUser owner = data.user(council, Role.OFFICER);
        SignedInUser colleague = data.user(council, Role.OFFICER);
        SignedInUser outsider = data.user(council, Role.OFFICER);
        SignedInUser chair = data.user(council, Role.CHAIR);
        Long programme = data.programme(council);
        Long[] ids = actingAs(owner, () -> {
            Long workforce = workstreams.create(programme, "Workforce", null, null);
            Long early = workstreams.create(programme, "Early help", null, null);
            Long plan = plans.addPlan(programme, new PlanDetails("Action plan", "1", PlanStatus.SUBMITTED, "Cabinet",
                    LocalDate.of(2022, 12, 15), LocalDate.of(2022, 12, 20)));
            Long area = plans.addPriorityArea(programme, "Workforce");
            Long late = plans.addAction(programme, new NewAction(plan, area, workforce, "A1", "Recruit", owner.getId(),
                    LocalDate.of(2022, 1, 31), null, null, null));
            Long colleagues = plans.addAction(programme, new NewAction(plan, area, workforce, "A2", "Caseloads", colleague.getId(),
                    LocalDate.of(2999, 1, 31), null, null, null));
            Long elsewhere = plans.addAction(programme, new NewAction(plan, area, early, "A3", "Family group conferences",
                    outsider.getId(), LocalDate.of(2022, 1, 31), null, null, null));
            return new Long[] {late, colleagues, elsewhere};
        });
        assertRefused(() -> actingAs(owner, () -> plans.addAction(programme, new NewAction(1L, 1L, 1L, "a1", "Twice",
                owner.getId(), LocalDate.of(2023, 1, 1), null, null, null))), "improvement.action.reference.taken");

        actingAs(owner, () -> {
            progress.record(programme, ids[0], 0, new ProgressDetails(LocalDate.of(2022, 1, 15), ActionStatus.IN_PROGRESS,
                    Rating.RED, Rating.AMBER, "Slow start", null));
            progress.record(programme, ids[0], 1, new ProgressDetails(LocalDate.of(2022, 2, 15), ActionStatus.IN_PROGRESS,
                    Rating.AMBER, Rating.AMBER, "Better", "https://example.org/r"));
            assertThat(progress.mayUpdate(programme, ids[1])).as("an action of the owner's workstream").isTrue();
            assertThat(progress.mayUpdate(programme, ids[2])).as("another workstream").isFalse();
        });
        assertRefused(() -> actingAs(owner, () -> progress.record(programme, ids[0], 2, new ProgressDetails(LocalDate.of(2022, 2, 1),
                ActionStatus.COMPLETE, Rating.GREEN, Rating.GREEN, "Done", null))), "improvement.progress.recordedOn.beforeLatest");
        assertThatThrownBy(() -> actingAs(owner, () -> progress.record(programme, ids[0], 1, new ProgressDetails(
                LocalDate.of(2022, 3, 1), ActionStatus.IN_PROGRESS, Rating.GREEN, Rating.GREEN, "Stale", null))))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> actingAs(chair, () -> progress.record(programme, ids[0], 2, new ProgressDetails(
                LocalDate.of(2022, 3, 1), ActionStatus.IN_PROGRESS, Rating.GREEN, Rating.GREEN, "Chair", null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> actingAs(owner, () -> progress.record(programme, ids[2], 0, new ProgressDetails(
                LocalDate.of(2022, 3, 1), ActionStatus.IN_PROGRESS, Rating.GREEN, Rating.GREEN, "Not mine", null))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        actingAs(chair, () -> {
            assertThat(progress.history(programme, ids[0])).extracting(ProgressUpdateView::commentary).containsExactly("Better", "Slow start");
            ActionView late = progress.action(programme, ids[0]);
            assertThat(late.progress()).isEqualTo(Rating.AMBER);
            assertThat(late.overdue()).isTrue();
            assertThat(plans.overdue(programme)).extracting(ActionView::reference).containsExactly("A1", "A3");
            assertThat(progress.actions(programme, new ActionFilter(null, null, null, null, null, null, true),
                    org.springframework.data.domain.PageRequest.of(0, 10)).getContent()).extracting(ActionView::reference)
                    .containsExactly("A1", "A3");
            assertThat(progress.actions(programme, new ActionFilter(null, owner.getId(), Rating.AMBER, null, ActionStatus.IN_PROGRESS, null, false),
                    org.springframework.data.domain.PageRequest.of(0, 10)).getContent()).extracting(ActionView::reference)
                    .containsExactly("A1");
            assertThat(plans.progressByPriorityArea(programme)).extracting(RatingTally::rating, RatingTally::count)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Rating.AMBER, 1L), org.assertj.core.groups.Tuple.tuple(Rating.GREEN, 2L));

            ActionTallies tallies = overview.tallies(programme);
            assertThat(tallies.actions()).isEqualTo(3);
            assertThat(tallies.overdue()).as("A1 and A3, past due and not complete").isEqualTo(2);
            assertThat(tallies.byProgress()).containsOnly(java.util.Map.entry(Rating.AMBER, 1L), java.util.Map.entry(Rating.GREEN, 2L));
            RatingTable byWorkstream = tallies.byWorkstream(List.of(new org.tgov.shared.web.Option("0", "None")));
            assertThat(byWorkstream.total().actions()).as("no action in a workstream that is not the programme's").isZero();
            PlanOverview.DeliveryBoardActions delivery = overview.forDeliveryBoard(programme);
            assertThat(delivery.red()).isEmpty();
            assertThat(delivery.amber()).extracting(ActionView::reference).containsExactly("A1");
            assertThat(delivery.overdue()).extracting(ActionView::reference).containsExactly("A1", "A3");
            assertThat(overview.forImprovementBoard(programme).overdue()).extracting(ActionView::reference).containsExactly("A1", "A3");
            assertThat(overview.forImprovementBoard(programme).answeringRequirements()).isEmpty();
        });
        Council other = data.council();
        SignedInUser stranger = data.user(other, Role.ADMIN);
        assertThatThrownBy(() -> actingAs(stranger, () -> progress.action(programme, ids[0]))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void recordsComplianceWithEachRequirementRefusesAStaleEditAndHidesAnotherCouncilsRequirements() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long programme = data.programme(council);
        Long notice = actingAs(officer, () -> interventions.issue(programme, new InterventionDetails(InterventionKind.IMPROVEMENT_NOTICE,
                "Improvement notice", "Department for Education", LocalDate.of(2021, 5, 18), null),
                List.of("Appoint an Improvement Adviser", "Implement an Improvement Plan")));

        InterventionView issued = actingAs(officer, () -> interventions.interventions(programme)).get(0);
        assertThat(issued.id()).isEqualTo(notice);
        assertThat(issued.requirements()).extracting(RequirementView::cited).containsExactly("(a)", "(b)");
        assertThat(issued.requirements()).extracting(RequirementView::compliance).containsOnly(Compliance.NOT_ASSESSED);

        RequirementView plan = issued.requirements().get(1);
        actingAs(officer, () -> interventions.assess(programme, plan.id(), plan.version(),
                new ComplianceUpdate(Compliance.IN_PROGRESS, "Plan v1.0 endorsed", LocalDate.of(2023, 3, 31))));
        assertRefused(() -> actingAs(officer, () -> interventions.assess(programme, plan.id(), plan.version() + 1,
                new ComplianceUpdate(Compliance.COMPLIANT, "", null))), "improvement.compliance.evidence.required");
        assertThatThrownBy(() -> actingAs(officer, () -> interventions.assess(programme, plan.id(), plan.version(),
                new ComplianceUpdate(Compliance.COMPLIANT, "Stale", null)))).isInstanceOf(StaleEditException.class);

        RequirementView saved = actingAs(officer, () -> interventions.requirement(programme, plan.id()));
        assertThat(saved.compliance()).isEqualTo(Compliance.IN_PROGRESS);
        assertThat(saved.evidence()).isEqualTo("Plan v1.0 endorsed");
        assertThat(saved.reviewOn()).isEqualTo(LocalDate.of(2023, 3, 31));

        Council other = data.council();
        SignedInUser stranger = data.user(other, Role.OFFICER);
        assertThatThrownBy(() -> actingAs(stranger, () -> interventions.requirement(programme, plan.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(actingAs(stranger, () -> interventions.interventions(programme))).isEmpty();
    }
}
