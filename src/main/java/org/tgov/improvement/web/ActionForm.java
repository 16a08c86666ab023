package org.tgov.improvement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.NewAction;
import org.tgov.shared.FieldName;
import org.tgov.shared.web.DateInput;

/**
 * The "add an action" and "change an action" screens. What the action answers is one choice:
 * nothing, an inspection recommendation ({@code recommendation:12}) or a requirement of a notice or
 * direction ({@code requirement:5}).
 */
public class ActionForm {

    static final String RECOMMENDATION = "recommendation:";
    static final String REQUIREMENT = "requirement:";

    @NotBlank(message = "{improvement.action.reference.required}")
    @Size(max = 20, message = "{improvement.action.reference.tooLong}")
    private String reference = "";

    @NotBlank(message = "{improvement.action.title.required}")
    @Size(max = 500, message = "{improvement.action.title.tooLong}")
    private String title = "";

    @NotNull(message = "{improvement.action.plan.required}")
    private Long planId;

    @NotNull(message = "{improvement.action.area.required}")
    private Long priorityAreaId;

    @NotNull(message = "{improvement.action.workstream.required}")
    private Long workstreamId;

    @NotNull(message = "{improvement.action.owner.required}")
    private Long ownerUserId;

    private DateInput dueOn = new DateInput();

    private String answers = "";

    private long version;

    static ActionForm of(ActionView action) {
        ActionForm form = new ActionForm();
        form.reference = action.reference();
        form.title = action.title();
        form.planId = action.planId();
        form.priorityAreaId = action.priorityAreaId();
        form.workstreamId = action.workstreamId();
        form.ownerUserId = action.ownerUserId();
        form.dueOn = DateInput.of(action.dueOn());
        form.answers = action.inspectionRecommendationId() != null ? RECOMMENDATION + action.inspectionRecommendationId()
                : action.requirementId() != null ? REQUIREMENT + action.requirementId() : "";
        form.version = action.version();
        return form;
    }

    /** The action as written, or null when the form has errors (added to {@code binding}). */
    NewAction toAction(BindingResult binding) {
        LocalDate due = dueOn.toDate(binding, "dueOn", FieldName.of("improvement.field.dueOn"), true);
        Long recommendation = idAfter(RECOMMENDATION);
        Long requirement = idAfter(REQUIREMENT);
        if (answers != null && !answers.isBlank() && recommendation == null && requirement == null) {
            binding.rejectValue("answers", "improvement.action.answers.unreadable");
        }
        return binding.hasErrors() ? null
                : new NewAction(planId, priorityAreaId, workstreamId, reference, title, ownerUserId, due, requirement, recommendation,
                        null);
    }

    private Long idAfter(String prefix) {
        if (answers == null || !answers.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.valueOf(answers.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Long getPriorityAreaId() {
        return priorityAreaId;
    }

    public void setPriorityAreaId(Long priorityAreaId) {
        this.priorityAreaId = priorityAreaId;
    }

    public Long getWorkstreamId() {
        return workstreamId;
    }

    public void setWorkstreamId(Long workstreamId) {
        this.workstreamId = workstreamId;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public void setOwnerUserId(Long ownerUserId) {
        this.ownerUserId = ownerUserId;
    }

    public DateInput getDueOn() {
        return dueOn;
    }

    public void setDueOn(DateInput dueOn) {
        this.dueOn = dueOn;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
