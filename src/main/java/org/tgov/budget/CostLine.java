package org.tgov.budget;

import org.tgov.funding.FundingStreamType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * What money is spent on, in one workstream. Its budget is not a field: it is the sum of its
 * {@link BudgetEntry} rows (the original budget plus every approved change), so the history of
 * where the budget came from cannot drift from the budget itself.
 */
@Entity
@Table(name = "cost_line")
@Audited
public class CostLine {

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

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CostCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "expenditure_type", nullable = false, length = 20)
    private ExpenditureType expenditureType;

    @Column(name = "funding_stream_id", nullable = false)
    private Long fundingStreamId;

    @Column(name = "funding_decision_id")
    private Long fundingDecisionId;

    @Column(name = "savings_target_id")
    private Long savingsTargetId;

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal fte;

    @Column(nullable = false)
    private boolean illustrative;

    @Version
    private long version;

    protected CostLine() {
    }

    CostLine(Long programmeId, CostLineDetails details, FundingStreamType streamType) {
        this.programmeId = programmeId;
        apply(details, streamType);
    }

    void apply(CostLineDetails details, FundingStreamType streamType) {
        CapitalReceiptsPolicy.check(streamType, details.expenditureType(), details.savingsTargetId());
        this.workstreamId = details.workstreamId();
        this.code = details.code();
        this.name = details.name();
        this.category = details.category();
        this.expenditureType = details.expenditureType();
        this.fundingStreamId = details.fundingStreamId();
        this.fundingDecisionId = details.fundingDecisionId();
        this.savingsTargetId = details.savingsTargetId();
        this.fte = details.fte();
        this.illustrative = details.illustrative();
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getWorkstreamId() {
        return workstreamId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CostCategory getCategory() {
        return category;
    }

    public ExpenditureType getExpenditureType() {
        return expenditureType;
    }

    public Long getFundingStreamId() {
        return fundingStreamId;
    }

    public Long getFundingDecisionId() {
        return fundingDecisionId;
    }

    public Long getSavingsTargetId() {
        return savingsTargetId;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public long getVersion() {
        return version;
    }
}
