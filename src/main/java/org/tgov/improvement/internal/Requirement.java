package org.tgov.improvement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.ComplianceUpdate;
import org.tgov.improvement.RequirementView;

/** One lettered requirement of a notice or direction, and whether the council complies with it. */
@Entity
@Table(name = "intervention_requirement")
@Audited
public class Requirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intervention_id", nullable = false, updatable = false)
    private Intervention intervention;

    @Column(nullable = false, length = 10, updatable = false)
    private String label;

    @Column(nullable = false, columnDefinition = "text")
    private String requirement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Compliance compliance = Compliance.NOT_ASSESSED;

    @Column(columnDefinition = "text")
    private String evidence;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Version
    private long version;

    protected Requirement() {
    }

    Requirement(Intervention intervention, String label, String requirement) {
        this.intervention = intervention;
        this.programmeId = intervention.getProgrammeId();
        this.label = label;
        this.requirement = requirement;
    }

    public void assess(ComplianceUpdate update) {
        this.compliance = update.compliance();
        this.evidence = update.evidence() == null || update.evidence().isBlank() ? null : update.evidence();
        this.reviewOn = update.reviewOn();
    }

    /** The requirement's words, as the notice or direction gives them; its letter stays. */
    public void reword(String requirement) {
        this.requirement = requirement;
    }

    public RequirementView view() {
        return new RequirementView(id, intervention.getId(), label, requirement, compliance, evidence, reviewOn, version);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public long getVersion() {
        return version;
    }
}
