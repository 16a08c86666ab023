package org.tgov.budget.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.budget.ForecastView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * Finance's latest forecast of what a cost line will have spent by the end of a financial year.
 * Each change is a new audited revision, which is the forecast's history.
 */
@Entity
@Table(name = "forecast_outturn")
@Audited
public class ForecastOutturn {

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

    @Column(nullable = false, precision = 14, scale = 2)
    private Money amount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    /** Why the forecast is below what was already spent when it was set, if it was. */
    @Column(columnDefinition = "text")
    private String reason;

    @Version
    private long version;

    protected ForecastOutturn() {
    }

    public ForecastOutturn(Long costLineId, FinancialYear year, Money amount, String reason, Instant at, String by) {
        this.costLineId = costLineId;
        this.financialYear = year;
        change(amount, reason, at, by);
    }

    public void change(Money amount, String reason, Instant at, String by) {
        this.amount = amount;
        this.reason = reason;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public ForecastView view() {
        return new ForecastView(financialYear, amount, version, updatedAt, updatedBy, reason);
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

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }
}
