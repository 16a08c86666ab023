package org.tgov.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tgov.shared.Money;

/** A change request as pages and other modules read it, with its budget changes in the order drafted. */
public record ChangeRequestView(Long id, Long programmeId, ChangeRequestType type, String title, String rationale,
        ChangeRequestStatus status, String draftedBy, Instant draftedAt, String submittedBy, Instant submittedAt,
        String decidedBy, Instant decidedAt, LocalDate meetingDate, String minuteReference, String decisionNotes,
        List<BudgetChange> changes, long version) {

    public ChangeRequestView {
        changes = List.copyOf(changes);
    }

    /** What the request adds to the programme's budget (zero for a virement or a re-profiling). */
    public Money net() {
        return changes.stream().map(BudgetChange::amount).reduce(Money.ZERO, Money::plus);
    }

    /** How much money the request moves or adds: the sum of its increases. */
    public Money gross() {
        return changes.stream().map(BudgetChange::amount).filter(Money::isPositive).reduce(Money.ZERO, Money::plus);
    }

    public boolean isAwaitingDecision() {
        return status == ChangeRequestStatus.SUBMITTED;
    }

    public boolean isDraft() {
        return status == ChangeRequestStatus.DRAFT;
    }

    public boolean isDecided() {
        return status == ChangeRequestStatus.APPROVED || status == ChangeRequestStatus.REJECTED;
    }

    /** Whether whoever drafted or submitted it is this person: they may not decide it. */
    public boolean involves(String username) {
        return username != null && (username.equals(draftedBy) || username.equals(submittedBy));
    }
}
