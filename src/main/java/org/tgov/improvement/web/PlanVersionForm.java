package org.tgov.improvement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.improvement.EditablePlan;
import org.tgov.improvement.PlanDetails;
import org.tgov.improvement.PlanStatus;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.DateInput;

/** The "add a version of the plan" and "change a version of the plan" screens. */
public class PlanVersionForm {

    @NotBlank(message = "{improvement.plan.title.required}")
    @Size(max = 200, message = "{improvement.plan.title.tooLong}")
    private String title = "";

    @NotBlank(message = "{improvement.plan.planVersion.required}")
    @Size(max = 30, message = "{improvement.plan.planVersion.tooLong}")
    private String planVersion = "";

    @NotNull(message = "{improvement.plan.status.required}")
    private PlanStatus status;

    @Size(max = 200, message = "{improvement.plan.endorsedBy.tooLong}")
    private String endorsedBy = "";

    private DateInput endorsedOn = new DateInput();

    private DateInput submittedOn = new DateInput();

    private long version;

    static PlanVersionForm of(EditablePlan plan) {
        PlanVersionForm form = new PlanVersionForm();
        PlanDetails details = plan.details();
        form.title = details.title();
        form.planVersion = details.planVersion();
        form.status = details.status();
        form.endorsedBy = details.endorsedBy() == null ? "" : details.endorsedBy();
        form.endorsedOn = DateInput.of(details.endorsedOn());
        form.submittedOn = DateInput.of(details.submittedOn());
        form.version = plan.version();
        return form;
    }

    /** The version of the plan, or null when the form has errors (added to {@code binding}). */
    PlanDetails toDetails(BindingResult binding) {
        LocalDate endorsed = endorsedOn.toDate(binding, "endorsedOn", FieldName.of("improvement.field.endorsedOn"), false);
        LocalDate submitted = submittedOn.toDate(binding, "submittedOn", FieldName.of("improvement.field.submittedOn"), false);
        return binding.hasErrors() ? null : new PlanDetails(title, planVersion, status, endorsedBy, endorsed, submitted);
    }


    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlanVersion() {
        return planVersion;
    }

    public void setPlanVersion(String planVersion) {
        this.planVersion = planVersion;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public String getEndorsedBy() {
        return endorsedBy;
    }

    public void setEndorsedBy(String endorsedBy) {
        this.endorsedBy = endorsedBy;
    }

    public DateInput getEndorsedOn() {
        return endorsedOn;
    }

    public void setEndorsedOn(DateInput endorsedOn) {
        this.endorsedOn = endorsedOn;
    }

    public DateInput getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(DateInput submittedOn) {
        this.submittedOn = submittedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
