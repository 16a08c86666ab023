package org.tgov.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgov.budget.ChangeRequestStatus;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.ChangeRequestView;

class DecisionPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2023, 6, 15);

    static ChangeRequestView submitted(String draftedBy, String submittedBy) {
        return new ChangeRequestView(1L, 1L, ChangeRequestType.VIREMENT, "Move agency budget", "Why", ChangeRequestStatus.SUBMITTED,
                draftedBy, Instant.parse("2023-06-01T09:00:00Z"), submittedBy, Instant.parse("2023-06-02T09:00:00Z"),
                null, null, null, null, null, List.of(), 1);
    }

    @Test
    void onlyMembersOfTheDecidingBodyDecide() {
        assertThat(codes(DecisionPolicy.onlyTheDecidingBody("Resources Board", true))).isEmpty();
        assertThat(codes(DecisionPolicy.onlyTheDecidingBody("Resources Board", false)))
                .containsExactly("changeRequest.decide.notOnBody");
        assertThat(codes(DecisionPolicy.onlyTheDecidingBody(null, false)))
                .containsExactly("changeRequest.decide.noDecidingBody");
    }

    @Test
    void neitherTheDrafterNorTheSubmitterDecides() {
        ChangeRequestView request = submitted("officer", "finance");
        assertThat(codes(DecisionPolicy.segregationOfDuties(request, "officer"))).containsExactly("changeRequest.decide.drafted");
        assertThat(codes(DecisionPolicy.segregationOfDuties(request, "finance"))).containsExactly("changeRequest.decide.submitted");
        assertThat(codes(DecisionPolicy.segregationOfDuties(request, "resources"))).isEmpty();
    }

    @Test
    void theMeetingIsBetweenSubmissionAndTodayAndCitesItsMinute() {
        LocalDate submitted = LocalDate.of(2023, 6, 2);
        assertThat(codes(DecisionPolicy.meeting(submitted, submitted, TODAY, "RB/23/4"))).isEmpty();
        assertThat(codes(DecisionPolicy.meeting(TODAY, submitted, TODAY, "RB/23/4"))).isEmpty();
        assertThat(codes(DecisionPolicy.meeting(TODAY.plusDays(1), submitted, TODAY, "RB/23/4")))
                .containsExactly("changeRequest.decide.meetingDate.future");
        assertThat(codes(DecisionPolicy.meeting(submitted.minusDays(1), submitted, TODAY, "RB/23/4")))
                .containsExactly("changeRequest.decide.meetingDate.beforeSubmission");
        assertThat(codes(DecisionPolicy.meeting(null, submitted, TODAY, " ")))
                .containsExactly("field.required", "changeRequest.decide.minute.required");
    }
}
