package org.tgov.budget.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * One movement in a cost line's budget for a year: the original budget (no change request) or
 * the effect of an approved change request. Never updated; a cost line's budget is their sum.
 */
@Entity
@Table(name = "budget_entry")
@Audited
public class BudgetEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "cost_line_id", nullable = false, updatable = false)
    private Long costLineId;

    @Column(name = "financial_year", nullable = false, updatable = false)
    private FinancialYear financialYear;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private Money amount;

    @Column(name = "change_request_id", updatable = false)
    private Long changeRequestId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    protected BudgetEntry() {
    }

    public BudgetEntry(Long costLineId, FinancialYear year, Money amount, Long changeRequestId, Instant recordedAt,
            String recordedBy) {
        this.costLineId = costLineId;
        this.financialYear = year;
        this.amount = amount;
        this.changeRequestId = changeRequestId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getCostLineId() {
        return costLineId;
    }

    public FinancialYear getFinancialYear() {
        return financialYear;
    }

    public Money getAmount() {
        return amount;
    }

    public Long getChangeRequestId() {
        return changeRequestId;
    }

    public boolean isOriginal() {
        return changeRequestId == null;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
