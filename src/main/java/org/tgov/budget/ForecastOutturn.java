package org.tgov.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
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
    private int financialYear;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected ForecastOutturn() {
    }

    ForecastOutturn(Long costLineId, FinancialYear year, Money amount, Instant at, String by) {
        this.costLineId = costLineId;
        this.financialYear = year.startYear();
        change(amount, at, by);
    }

    void change(Money amount, Instant at, String by) {
        this.amount = amount.amount();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getCostLineId() {
        return costLineId;
    }

    public FinancialYear financialYear() {
        return new FinancialYear(financialYear);
    }

    public Money amount() {
        return Money.of(amount);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
