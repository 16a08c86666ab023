package org.tgov.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tgov.identity.Role;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ProgressDetails;
import org.tgov.improvement.Rating;
import org.tgov.support.SignedInUsers;

/** Progress updates, blue ratings, overdue actions and who may record progress, without Spring. */
class ProgressRulesTest {

    static final LocalDate TODAY = LocalDate.of(2023, 3, 31);

    @Test
    void anUpdateIsDatedNotInTheFutureNorBeforeTheLatestAndSaysWhatHappened() {
        assertThat(codes(ProgressRules.updateIsComplete(new ProgressDetails(TODAY.plusDays(1), ActionStatus.IN_PROGRESS,
                Rating.GREEN, Rating.AMBER, "On track", null), TODAY, null))).containsExactly("improvement.progress.recordedOn.future");
        assertThat(codes(ProgressRules.updateIsComplete(new ProgressDetails(TODAY.minusMonths(2), ActionStatus.IN_PROGRESS,
                Rating.GREEN, Rating.AMBER, "On track", null), TODAY, TODAY.minusMonths(1))))
                .containsExactly("improvement.progress.recordedOn.beforeLatest");
        assertThat(codes(ProgressRules.updateIsComplete(new ProgressDetails(null, null, null, null, " ", null), TODAY, null)))
                .containsExactly("field.required", "improvement.progress.status.required", "improvement.rating.required",
                        "improvement.rating.required", "improvement.progress.commentary.required");
        assertThat(codes(ProgressRules.updateIsComplete(new ProgressDetails(TODAY, ActionStatus.IN_PROGRESS, Rating.GREEN,
                Rating.AMBER, "On track", "https://intranet.example.org/report"), TODAY, TODAY))).isEmpty();
    }

    @Test
    void evidenceIsAWebAddress() {
        assertThat(codes(ProgressRules.evidenceIsALink("javascript:alert(1)"))).containsExactly("improvement.progress.evidenceLink.format");
        assertThat(codes(ProgressRules.evidenceIsALink("not a link"))).containsExactly("improvement.progress.evidenceLink.format");
        assertThat(codes(ProgressRules.evidenceIsALink("http://example.org/a"))).isEmpty();
        assertThat(codes(ProgressRules.evidenceIsALink(""))).isEmpty();
    }

    @Test
    void blueMeansCompleteAndACompleteActionIsBlue() {
        assertThat(codes(ProgressRules.blueMeansComplete(ActionStatus.IN_PROGRESS, Rating.BLUE, Rating.BLUE)))
                .containsExactly("improvement.rating.blueNotComplete", "improvement.rating.blueNotComplete");
        assertThat(codes(ProgressRules.blueMeansComplete(ActionStatus.COMPLETE, Rating.GREEN, Rating.GREEN)))
                .containsExactly("improvement.rating.completeIsBlue");
        assertThat(codes(ProgressRules.blueMeansComplete(ActionStatus.COMPLETE, Rating.BLUE, Rating.AMBER))).isEmpty();
        assertThat(codes(ProgressRules.blueMeansComplete(ActionStatus.CLOSED, Rating.RED, Rating.BLUE))).isEmpty();
    }

    @Test
    void anActionPastItsDueDateAndNotDoneIsOverdue() {
        assertThat(OverduePolicy.isOverdue(TODAY.minusDays(1), ActionStatus.IN_PROGRESS, TODAY)).isTrue();
        assertThat(OverduePolicy.isOverdue(TODAY.minusDays(1), ActionStatus.NOT_STARTED, TODAY)).isTrue();
        assertThat(OverduePolicy.isOverdue(TODAY, ActionStatus.IN_PROGRESS, TODAY)).as("due today").isFalse();
        assertThat(OverduePolicy.isOverdue(TODAY.minusDays(1), ActionStatus.COMPLETE, TODAY)).isFalse();
        assertThat(OverduePolicy.isOverdue(TODAY.minusDays(1), ActionStatus.CLOSED, TODAY)).isFalse();
    }

    @Test
    void officersUpdateActionsTheyOwnOrInTheirWorkstreamAndChairsAndScrutinyRead() {
        var officer = SignedInUsers.signedIn(2L, "o", "O", Role.OFFICER);
        assertThat(ActionEditingPolicy.mayUpdate(officer, 2L, 30L, Set.of())).as("owner").isTrue();
        assertThat(ActionEditingPolicy.mayUpdate(officer, 9L, 30L, Set.of(30L))).as("in their workstream").isTrue();
        assertThat(ActionEditingPolicy.mayUpdate(officer, 9L, 31L, Set.of(30L))).as("another workstream").isFalse();
        assertThat(ActionEditingPolicy.mayUpdate(SignedInUsers.ADMIN, 9L, 31L, Set.of())).isTrue();
        assertThat(ActionEditingPolicy.mayUpdate(SignedInUsers.CHAIR, 4L, 31L, Set.of(31L))).as("a chair who owns it reads").isFalse();
        assertThat(ActionEditingPolicy.mayUpdate(SignedInUsers.SCRUTINY, 6L, 31L, Set.of())).isFalse();
        assertThat(ActionEditingPolicy.mayUpdate(SignedInUsers.FINANCE, 3L, 31L, Set.of())).isFalse();
    }
}
