package org.tgov.improvement.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.ProgressDetails;
import org.tgov.improvement.Rating;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.DateInput;

/** The "record a progress update" screen: it starts from the action's status and ratings as they are. */
public class ProgressForm {

    private DateInput recordedOn = new DateInput();

    @NotNull(message = "{improvement.progress.status.required}")
    private ActionStatus status;

    private Rating progress;

    private Rating impact;

    @Size(max = 4000, message = "{improvement.progress.commentary.tooLong}")
    private String commentary = "";

    @Size(max = 500, message = "{improvement.progress.evidenceLink.tooLong}")
    private String evidenceLink = "";

    private long version;

    static ProgressForm of(ActionView action, LocalDate today) {
        ProgressForm form = new ProgressForm();
        form.recordedOn = DateInput.of(today);
        form.status = action.status();
        form.progress = action.progress();
        form.impact = action.impact();
        form.version = action.version();
        return form;
    }

    /** The update, or null when the form has errors (added to {@code binding}). */
    ProgressDetails toDetails(BindingResult binding) {
        LocalDate on = recordedOn.toDate(binding, "recordedOn", FieldName.of("improvement.field.recordedOn"), true);
        return binding.hasErrors() ? null
                : new ProgressDetails(on, status, progress, impact, commentary == null ? "" : commentary.strip(),
                        evidenceLink == null ? "" : evidenceLink.strip());
    }

    public DateInput getRecordedOn() {
        return recordedOn;
    }

    public void setRecordedOn(DateInput recordedOn) {
        this.recordedOn = recordedOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public Rating getProgress() {
        return progress;
    }

    public void setProgress(Rating progress) {
        this.progress = progress;
    }

    public Rating getImpact() {
        return impact;
    }

    public void setImpact(Rating impact) {
        this.impact = impact;
    }

    public String getCommentary() {
        return commentary;
    }

    public void setCommentary(String commentary) {
        this.commentary = commentary;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public void setEvidenceLink(String evidenceLink) {
        this.evidenceLink = evidenceLink;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
