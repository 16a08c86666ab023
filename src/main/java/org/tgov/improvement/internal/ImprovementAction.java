package org.tgov.improvement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.NewAction;
import org.tgov.improvement.ProgressDetails;
import org.tgov.improvement.Rating;

/** An action of the improvement plan: its owner, due date, status, and progress and impact as last updated. */
@Entity
@Table(name = "improvement_action")
@Audited
public class ImprovementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "priority_area_id", nullable = false)
    private Long priorityAreaId;

    @Column(name = "workstream_id", nullable = false)
    private Long workstreamId;

    @Column(nullable = false, length = 20)
    private String reference;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "owner_user_id", nullable = false)
    private Long ownerUserId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.NOT_STARTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_rating", nullable = false, length = 10)
    private Rating progressRating = Rating.GREEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "impact_rating", nullable = false, length = 10)
    private Rating impactRating = Rating.AMBER;

    @Column(name = "requirement_id")
    private Long requirementId;

    @Column(name = "inspection_recommendation_id")
    private Long inspectionRecommendationId;

    /** Scrutiny recommendations arrive with the governance module; the link waits for them. */
    @Column(name = "scrutiny_recommendation_id")
    private Long scrutinyRecommendationId;

    @Column(name = "last_update_on")
    private LocalDate lastUpdateOn;

    @Version
    private long version;

    protected ImprovementAction() {
    }

    public ImprovementAction(Long programmeId, NewAction action) {
        this.programmeId = programmeId;
        this.planId = action.planId();
        this.priorityAreaId = action.priorityAreaId();
        this.workstreamId = action.workstreamId();
        this.reference = action.reference();
        this.title = action.title();
        this.ownerUserId = action.ownerUserId();
        this.dueOn = action.dueOn();
        this.requirementId = action.requirementId();
        this.inspectionRecommendationId = action.inspectionRecommendationId();
        this.scrutinyRecommendationId = action.scrutinyRecommendationId();
    }

    /**
     * The action as now written. Its status and ratings stay as progress updates set them, and the
     * link to a scrutiny recommendation waits for the governance module: neither is changed here.
     */
    public void change(NewAction action) {
        this.planId = action.planId();
        this.priorityAreaId = action.priorityAreaId();
        this.workstreamId = action.workstreamId();
        this.reference = action.reference();
        this.title = action.title();
        this.ownerUserId = action.ownerUserId();
        this.dueOn = action.dueOn();
        this.requirementId = action.requirementId();
        this.inspectionRecommendationId = action.inspectionRecommendationId();
    }

    /** The action takes the status and ratings of its latest update. */
    public void record(ProgressDetails update) {
        if (lastUpdateOn == null || !update.recordedOn().isBefore(lastUpdateOn)) {
            this.status = update.status();
            this.progressRating = update.progress();
            this.impactRating = update.impact();
            this.lastUpdateOn = update.recordedOn();
        }
    }

    public ActionView view(LocalDate today) {
        return new ActionView(id, programmeId, planId, priorityAreaId, workstreamId, reference, title, ownerUserId, dueOn,
                status, progressRating, impactRating, requirementId, inspectionRecommendationId, scrutinyRecommendationId,
                lastUpdateOn, OverduePolicy.isOverdue(dueOn, status, today), version);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public Long getWorkstreamId() {
        return workstreamId;
    }

    public LocalDate getLastUpdateOn() {
        return lastUpdateOn;
    }

    public long getVersion() {
        return version;
    }
}
