package org.tgov.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tgov.improvement.NewAction;
import org.tgov.improvement.PlanDetails;
import org.tgov.improvement.PlanStatus;

class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2023, 1, 10);

    @Test
    void anEndorsedOrSubmittedPlanSaysWhenItWasEndorsedAndASubmittedOneWhenItWent() {
        assertThat(codes(PlanRules.statusIsBorneOutByDates(plan(PlanStatus.ENDORSED, null, null))))
                .containsExactly("improvement.plan.endorsedOn.required");
        assertThat(codes(PlanRules.statusIsBorneOutByDates(plan(PlanStatus.SUBMITTED, null, null))))
                .containsExactly("improvement.plan.endorsedOn.required", "improvement.plan.submittedOn.required");
        assertThat(codes(PlanRules.statusIsBorneOutByDates(plan(PlanStatus.SUBMITTED, TODAY.minusDays(9), TODAY)))).isEmpty();
        assertThat(codes(PlanRules.statusIsBorneOutByDates(plan(PlanStatus.SUPERSEDED, null, null)))).isEmpty();
    }

    @Test
    void aDraftHasBeenNeitherEndorsedNorSubmitted() {
        assertThat(codes(PlanRules.statusIsBorneOutByDates(plan(PlanStatus.DRAFT, TODAY, TODAY))))
                .containsExactly("improvement.plan.draftNotEndorsed", "improvement.plan.draftNotSubmitted");
        assertThat(codes(PlanRules.statusIsBorneOutByDates(plan(PlanStatus.DRAFT, null, null)))).isEmpty();
    }

    @Test
    void endorsementAndSubmissionHaveHappenedInThatOrder() {
        assertThat(codes(PlanRules.datesHaveHappened(plan(PlanStatus.SUBMITTED, TODAY.plusDays(1), TODAY.plusDays(2)), TODAY)))
                .containsExactly("improvement.plan.endorsedOn.future", "improvement.plan.submittedOn.future");
        assertThat(codes(PlanRules.datesHaveHappened(plan(PlanStatus.SUBMITTED, TODAY, TODAY.minusDays(1)), TODAY)))
                .containsExactly("improvement.plan.submittedBeforeEndorsed");
        assertThat(codes(PlanRules.datesHaveHappened(plan(PlanStatus.SUBMITTED, TODAY, TODAY), TODAY))).isEmpty();
    }

    @Test
    void aPlanAndAnAreaAreNamedBriefly() {
        assertThat(codes(PlanRules.planIsComplete(new PlanDetails(" ", null, null, "x".repeat(201), null, null)))).containsExactly(
                "improvement.plan.title.required", "improvement.plan.planVersion.required", "improvement.plan.status.required",
                "improvement.plan.endorsedBy.tooLong");
        assertThat(codes(PlanRules.areaIsNamed(""))).containsExactly("improvement.area.name.required");
        assertThat(codes(PlanRules.areaIsNamed("x".repeat(201)))).containsExactly("improvement.area.name.tooLong");
        assertThat(codes(PlanRules.areaIsNamed("Workforce"))).isEmpty();
    }

    @Test
    void anActionSaysWhatWhereWhoAndWhen() {
        assertThat(codes(ActionRules.actionIsComplete(new NewAction(null, null, null, "A".repeat(21), "", null, null, null, null, null))))
                .containsExactly("improvement.action.reference.tooLong", "improvement.action.title.required",
                        "improvement.action.plan.required", "improvement.action.area.required", "improvement.action.workstream.required",
                        "improvement.action.owner.required", "field.required");
        assertThat(codes(ActionRules.actionIsComplete(new NewAction(1L, 2L, 3L, "A1", "Recruit", 4L, TODAY, null, null, null))))
                .isEmpty();
    }

    private static PlanDetails plan(PlanStatus status, LocalDate endorsedOn, LocalDate submittedOn) {
        return new PlanDetails("Action plan", "1", status, "Cabinet", endorsedOn, submittedOn);
    }
}
