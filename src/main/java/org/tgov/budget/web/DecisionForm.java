package org.tgov.budget.web;

import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.DateInput;

/**
 * The deciding body's decision on a change request. Checked by hand rather than with bean
 * validation, because a person who is not on the board must get the façade's refusal, not
 * messages about fields they were never shown.
 */
public class DecisionForm {

    static final String APPROVE = "APPROVE";
    static final String REJECT = "REJECT";


    private String outcome;
    private DateInput meetingDate = new DateInput();
    private String minuteReference = "";
    private String notes = "";
    private long version;

    static DecisionForm forVersion(long version) {
        DecisionForm form = new DecisionForm();
        form.version = version;
        return form;
    }

    /** The meeting date, or null after adding GOV.UK-style errors for every mistake on the form. */
    LocalDate check(BindingResult binding) {
        if (!APPROVE.equals(outcome) && !REJECT.equals(outcome)) {
            binding.rejectValue("outcome", "changeRequest.decide.outcome.required");
        }
        LocalDate date = meetingDate.toDate(binding, "meetingDate", FieldName.of("budget.field.meetingDate"), true);
        if (minuteReference != null && minuteReference.length() > 100) {
            binding.rejectValue("minuteReference", "changeRequest.decide.minute.tooLong");
        }
        if (notes != null && notes.length() > 10000) {
            binding.rejectValue("notes", "notes.tooLong");
        }
        return binding.hasErrors() ? null : date;
    }

    boolean approves() {
        return APPROVE.equals(outcome);
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public DateInput getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(DateInput meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMinuteReference() {
        return minuteReference;
    }

    public void setMinuteReference(String minuteReference) {
        this.minuteReference = minuteReference;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
