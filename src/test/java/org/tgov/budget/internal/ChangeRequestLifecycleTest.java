package org.tgov.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestStatus;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.ChangeRequestView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refused;

/**
 * A change request's life on its own, without Spring or a database: draft, revise, submit, then
 * approve, reject or withdraw. Every move from a state that does not allow it is refused with its
 * reason, and leaves the request as it was.
 */
class ChangeRequestLifecycleTest {

    static final FinancialYear YEAR = new FinancialYear(2022);
    static final Instant DRAFTED = Instant.parse("2022-06-01T09:00:00Z");
    static final Instant SUBMITTED = Instant.parse("2022-06-02T10:00:00Z");
    static final Instant DECIDED = Instant.parse("2022-06-20T15:30:00Z");
    static final LocalDate MEETING = LocalDate.of(2022, 6, 20);
    static final List<BudgetChange> VIREMENT = List.of(change(1, -500), change(2, 500));

    @Test
    void aDraftRecordsWhoDraftedItAndWhenAndWhatItChanges() {
        ChangeRequestView draft = draft().view();

        assertThat(draft.status()).isEqualTo(ChangeRequestStatus.DRAFT);
        assertThat(draft.draftedBy()).isEqualTo("olivia.officer");
        assertThat(draft.draftedAt()).isEqualTo(DRAFTED);
        assertThat(draft.title()).isEqualTo("Move agency budget");
        assertThat(draft.changes()).containsExactlyElementsOf(VIREMENT);
        assertThat(draft.submittedBy()).isNull();
        assertThat(draft.decidedBy()).isNull();
    }

    @Test
    void aDraftIsRevisedInFullAndKeepsItsDrafter() {
        ChangeRequest request = draft();

        request.revise(ChangeRequestType.BUDGET_INCREASE, "  More social workers ", " Caseloads ", List.of(change(3, 900)));

        ChangeRequestView revised = request.view();
        assertThat(revised.type()).isEqualTo(ChangeRequestType.BUDGET_INCREASE);
        assertThat(revised.title()).isEqualTo("More social workers");
        assertThat(revised.rationale()).isEqualTo("Caseloads");
        assertThat(revised.changes()).containsExactly(change(3, 900));
        assertThat(revised.draftedBy()).isEqualTo("olivia.officer");
        assertThat(revised.status()).isEqualTo(ChangeRequestStatus.DRAFT);
    }

    @Test
    void submittingRecordsWhoSubmittedItAndWhen() {
        ChangeRequest request = draft();

        request.submit(SUBMITTED, "sam.submitter");

        ChangeRequestView submitted = request.view();
        assertThat(submitted.status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("sam.submitter");
        assertThat(submitted.submittedAt()).isEqualTo(SUBMITTED);
        assertThat(request.getSubmittedAt()).isEqualTo(SUBMITTED);
        assertThat(submitted.isAwaitingDecision()).isTrue();
    }

    @Test
    void approvalRecordsTheDeciderTheMeetingAndItsMinute() {
        ChangeRequest request = inState(ChangeRequestStatus.SUBMITTED);

        request.decide(true, "rita.resources", DECIDED, MEETING, "  RB/2022/14 ", " Agreed unanimously ");

        ChangeRequestView approved = request.view();
        assertThat(approved.status()).isEqualTo(ChangeRequestStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("rita.resources");
        assertThat(approved.decidedAt()).isEqualTo(DECIDED);
        assertThat(approved.meetingDate()).isEqualTo(MEETING);
        assertThat(approved.minuteReference()).isEqualTo("RB/2022/14");
        assertThat(approved.decisionNotes()).isEqualTo("Agreed unanimously");
        assertThat(approved.submittedBy()).as("the submission stays on record").isEqualTo("sam.submitter");
        assertThat(approved.isDecided()).isTrue();
    }

    @Test
    void rejectionIsADecisionTooAndBlankNotesAreNone() {
        ChangeRequest request = inState(ChangeRequestStatus.SUBMITTED);

        request.decide(false, "rita.resources", DECIDED, MEETING, "RB/2022/15", "   ");

        ChangeRequestView rejected = request.view();
        assertThat(rejected.status()).isEqualTo(ChangeRequestStatus.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("rita.resources");
        assertThat(rejected.decisionNotes()).isNull();
        assertThat(rejected.isDecided()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ChangeRequestStatus.class, names = {"DRAFT", "SUBMITTED"})
    void aDraftOrARequestAwaitingDecisionCanBeWithdrawn(ChangeRequestStatus from) {
        ChangeRequest request = inState(from);

        request.withdraw();

        assertThat(request.getStatus()).isEqualTo(ChangeRequestStatus.WITHDRAWN);
        assertThat(request.view().decidedBy()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ChangeRequestStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftCanBeRevised(ChangeRequestStatus from) {
        ChangeRequest request = inState(from);

        Refused refused = assertRefused(() -> request.revise(ChangeRequestType.SCOPE_CHANGE, "Other", "Other", List.of()),
                "changeRequest.status.changed");

        assertThat(refused.refusals().get(0).arguments()).containsExactly(label(from));
        assertUnchanged(request, from);
    }

    @ParameterizedTest
    @EnumSource(value = ChangeRequestStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftCanBeSubmitted(ChangeRequestStatus from) {
        ChangeRequest request = inState(from);
        ChangeRequestView before = request.view();

        Refused refused = assertRefused(() -> request.submit(DECIDED, "someone.else"), "changeRequest.status.submitted");

        assertThat(refused.refusals().get(0).arguments()).containsExactly(label(from));
        assertUnchanged(request, from);
        assertThat(request.view().submittedBy()).isEqualTo(before.submittedBy());
        assertThat(request.view().submittedAt()).isEqualTo(before.submittedAt());
    }

    @ParameterizedTest
    @EnumSource(value = ChangeRequestStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyARequestAwaitingDecisionCanBeDecided(ChangeRequestStatus from) {
        ChangeRequest request = inState(from);
        ChangeRequestView before = request.view();

        Refused refused = assertRefused(() -> request.decide(true, "another.member", DECIDED, MEETING, "RB/9", null),
                "changeRequest.status.decided");

        assertThat(refused.refusals().get(0).arguments()).containsExactly(label(from));
        assertUnchanged(request, from);
        assertThat(request.view().decidedBy()).isEqualTo(before.decidedBy());
        assertThat(request.view().minuteReference()).isEqualTo(before.minuteReference());
    }

    @ParameterizedTest
    @EnumSource(value = ChangeRequestStatus.class, names = {"APPROVED", "REJECTED", "WITHDRAWN"})
    void aDecidedOrWithdrawnRequestCannotBeWithdrawn(ChangeRequestStatus from) {
        ChangeRequest request = inState(from);

        assertRefused(request::withdraw, "changeRequest.withdraw.notPending");

        assertThat(request.getStatus()).isEqualTo(from);
    }

    @Test
    void saysWhatStopsAnActionWithoutThrowingSoThatTheFacadeCanGatherEveryReason() {
        ChangeRequest request = draft();

        assertThat(request.inState(ChangeRequestStatus.DRAFT, "submitted")).isEmpty();
        assertThat(request.inState(ChangeRequestStatus.SUBMITTED, "decided")).hasValueSatisfying(refusal -> {
            assertThat(refusal.code()).isEqualTo("changeRequest.status.decided");
            assertThat(refusal.arguments()).containsExactly("draft");
        });
    }

    private static void assertUnchanged(ChangeRequest request, ChangeRequestStatus status) {
        ChangeRequestView view = request.view();
        assertThat(view.status()).isEqualTo(status);
        assertThat(view.title()).isEqualTo("Move agency budget");
        assertThat(view.changes()).containsExactlyElementsOf(VIREMENT);
    }

    /** "awaiting decision": how the refusal names the state the request is in. */
    private static String label(ChangeRequestStatus status) {
        return status.label().toLowerCase(java.util.Locale.UK);
    }

    private static ChangeRequest draft() {
        return new ChangeRequest(7L, ChangeRequestType.VIREMENT, "Move agency budget", "Agency rates fell", VIREMENT,
                "olivia.officer", DRAFTED);
    }

    /** A request brought to the state the way it would be: through the transitions before it. */
    private static ChangeRequest inState(ChangeRequestStatus status) {
        ChangeRequest request = draft();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> request.submit(SUBMITTED, "sam.submitter");
            case APPROVED, REJECTED -> {
                request.submit(SUBMITTED, "sam.submitter");
                request.decide(status == ChangeRequestStatus.APPROVED, "rita.resources", DECIDED, MEETING, "RB/2022/14", null);
            }
            case WITHDRAWN -> request.withdraw();
        }
        assertThat(request.getStatus()).isEqualTo(status);
        return request;
    }

    private static BudgetChange change(long costLine, long pounds) {
        return new BudgetChange(costLine, YEAR, Money.pounds(pounds));
    }
}
