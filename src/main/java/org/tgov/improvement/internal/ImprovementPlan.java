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
import org.tgov.improvement.PlanDetails;
import org.tgov.improvement.PlanStatus;
import org.tgov.improvement.PlanView;

/** A version of the improvement plan (v1.0, v2, the post-inspection action plan). */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "plan_version", nullable = false, length = 30)
    private String planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "endorsed_by", length = 200)
    private String endorsedBy;

    @Column(name = "endorsed_on")
    private LocalDate endorsedOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Version
    private long version;

    protected ImprovementPlan() {
    }

    public ImprovementPlan(Long programmeId, PlanDetails details) {
        this.programmeId = programmeId;
        this.title = details.title();
        this.planVersion = details.planVersion();
        this.status = details.status();
        this.endorsedBy = details.endorsedBy();
        this.endorsedOn = details.endorsedOn();
        this.submittedOn = details.submittedOn();
    }

    /** The version as now known: its status, who endorsed it and when, and when it went to Ofsted. */
    public void change(PlanDetails details) {
        this.title = details.title();
        this.planVersion = details.planVersion();
        this.status = details.status();
        this.endorsedBy = details.endorsedBy();
        this.endorsedOn = details.endorsedOn();
        this.submittedOn = details.submittedOn();
    }

    public PlanDetails details() {
        return new PlanDetails(title, planVersion, status, endorsedBy, endorsedOn, submittedOn);
    }

    public PlanView view() {
        return new PlanView(id, title, planVersion, status, endorsedBy, endorsedOn, submittedOn);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public long getVersion() {
        return version;
    }
}
