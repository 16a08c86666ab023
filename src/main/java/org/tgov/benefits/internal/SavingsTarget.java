package org.tgov.benefits.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.benefits.Confidence;
import org.tgov.benefits.SavingsTargetDetails;
import org.tgov.benefits.SavingsTargetView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** A saving a workstream plans to deliver in a financial year, and what it has delivered, with evidence. */
@Entity
@Table(name = "savings_target")
@Audited
public class SavingsTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "workstream_id", nullable = false)
    private Long workstreamId;

    @Column(name = "financial_year", nullable = false)
    private FinancialYear financialYear;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private Money planned;

    @Column(nullable = false, precision = 14, scale = 2)
    private Money delivered;

    @Column(nullable = false)
    private boolean cashable;

    @Column(columnDefinition = "text")
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Confidence confidence;

    @Version
    private long version;

    protected SavingsTarget() {
    }

    public SavingsTarget(Long programmeId, SavingsTargetDetails details) {
        this.programmeId = programmeId;
        apply(details);
    }

    public void apply(SavingsTargetDetails details) {
        this.workstreamId = details.workstreamId();
        this.financialYear = details.financialYear();
        this.description = details.description();
        this.planned = details.planned();
        this.delivered = details.delivered();
        this.cashable = details.cashable();
        this.evidence = details.evidence();
        this.confidence = details.confidence();
    }

    public SavingsTargetView view() {
        return new SavingsTargetView(id, programmeId, workstreamId, financialYear, description, planned, delivered,
                cashable, evidence, confidence, version);
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
