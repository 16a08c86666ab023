package org.tgov.budget.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tgov.budget.ChangeRequestView;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refusal;

/**
 * Who may decide a change request, and what a decision records. Only the chair or a member of the
 * body the council designates decides (the deciding body); whoever drafted or submitted a request
 * may not decide it (segregation of duties); the decision is taken at a meeting held after the
 * request was submitted and not in the future, and cites its minute.
 */
public final class DecisionPolicy {

    private DecisionPolicy() {
    }

    /**
     * @param decidingBody     the name of the body the council designates, or null when there is none
     * @param sitsOnDecidingBody whether the person chairs or sits on it
     */
    public static Optional<Refusal> onlyTheDecidingBody(String decidingBody, boolean sitsOnDecidingBody) {
        if (decidingBody == null) {
            return Refusal.of("changeRequest.decide.noDecidingBody").asOptional();
        }
        return sitsOnDecidingBody ? Optional.empty() : Refusal.of("changeRequest.decide.notOnBody", decidingBody).asOptional();
    }

    /** Segregation of duties: neither the drafter nor the submitter decides. */
    public static Optional<Refusal> segregationOfDuties(ChangeRequestView request, String username) {
        if (username.equals(request.draftedBy())) {
            return Refusal.of("changeRequest.decide.drafted").asOptional();
        }
        if (username.equals(request.submittedBy())) {
            return Refusal.of("changeRequest.decide.submitted").asOptional();
        }
        return Optional.empty();
    }

    /** The meeting is on a real date, not before the request was submitted nor after today, with its minute. */
    public static List<Optional<Refusal>> meeting(LocalDate meeting, LocalDate submittedOn, LocalDate today, String minute) {
        List<Optional<Refusal>> answers = new ArrayList<>();
        if (meeting == null) {
            answers.add(Refusal.about("meetingDate", "field.required", FieldName.of("budget.field.meetingDate")).asOptional());
        } else if (meeting.isAfter(today)) {
            answers.add(Refusal.about("meetingDate", "changeRequest.decide.meetingDate.future").asOptional());
        } else if (submittedOn != null && meeting.isBefore(submittedOn)) {
            answers.add(Refusal.about("meetingDate", "changeRequest.decide.meetingDate.beforeSubmission", org.tgov.shared.UkDates.format(submittedOn)).asOptional());
        }
        if (minute == null || minute.isBlank()) {
            answers.add(Refusal.about("minuteReference", "changeRequest.decide.minute.required").asOptional());
        }
        return answers;
    }
}
