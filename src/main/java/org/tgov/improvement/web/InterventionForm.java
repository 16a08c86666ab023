package org.tgov.improvement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.improvement.InterventionDetails;
import org.tgov.improvement.InterventionKind;
import org.tgov.improvement.InterventionView;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.DateInput;

/** The "add a notice or direction" and "change it" screen. */
public class InterventionForm {

    @NotNull(message = "{improvement.intervention.kind.required}")
    private InterventionKind kind;

    @NotBlank(message = "{improvement.intervention.title.required}")
    @Size(max = 200, message = "{improvement.intervention.title.tooLong}")
    private String title = "";

    @NotBlank(message = "{improvement.intervention.issuedBy.required}")
    @Size(max = 200, message = "{improvement.intervention.issuedBy.tooLong}")
    private String issuedBy = "";

    private DateInput issuedOn = new DateInput();

    @Size(max = 10000, message = "{improvement.intervention.summary.tooLong}")
    private String summary = "";

    private long version;

    static InterventionForm of(InterventionView intervention) {
        InterventionForm form = new InterventionForm();
        form.kind = intervention.kind();
        form.title = intervention.title();
        form.issuedBy = intervention.issuedBy();
        form.issuedOn = DateInput.of(intervention.issuedOn());
        form.summary = intervention.summary() == null ? "" : intervention.summary();
        form.version = intervention.version();
        return form;
    }

    /** The details, or null when the form has errors (added to {@code binding}). */
    InterventionDetails toDetails(BindingResult binding) {
        LocalDate issued = issuedOn.toDate(binding, "issuedOn", FieldName.of("improvement.field.issuedOn"), true);
        if (binding.hasErrors()) {
            return null;
        }
        return new InterventionDetails(kind, title.strip(), issuedBy.strip(), issued,
                summary == null || summary.isBlank() ? null : summary.strip());
    }

    public InterventionKind getKind() {
        return kind;
    }

    public void setKind(InterventionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(String issuedBy) {
        this.issuedBy = issuedBy;
    }

    public DateInput getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(DateInput issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
