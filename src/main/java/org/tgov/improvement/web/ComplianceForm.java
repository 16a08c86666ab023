package org.tgov.improvement.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.ComplianceUpdate;
import org.tgov.improvement.RequirementView;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.DateInput;

/** The "record compliance with a requirement" screen. */
public class ComplianceForm {

    @NotNull(message = "{improvement.compliance.required}")
    private Compliance compliance;

    @Size(max = 10000, message = "{savings.evidence.tooLong}")
    private String evidence = "";

    private DateInput reviewOn = new DateInput();

    private long version;

    static ComplianceForm of(RequirementView requirement) {
        ComplianceForm form = new ComplianceForm();
        form.compliance = requirement.compliance();
        form.evidence = requirement.evidence() == null ? "" : requirement.evidence();
        form.reviewOn = DateInput.of(requirement.reviewOn());
        form.version = requirement.version();
        return form;
    }

    /** The update, or null when the form has errors (added to {@code binding}). */
    ComplianceUpdate toUpdate(BindingResult binding) {
        LocalDate review = reviewOn.toDate(binding, "reviewOn", FieldName.of("improvement.field.reviewOn"), false);
        return binding.hasErrors() ? null : new ComplianceUpdate(compliance, evidence == null ? null : evidence.strip(), review);
    }

    public Compliance getCompliance() {
        return compliance;
    }

    public void setCompliance(Compliance compliance) {
        this.compliance = compliance;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public DateInput getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(DateInput reviewOn) {
        this.reviewOn = reviewOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
