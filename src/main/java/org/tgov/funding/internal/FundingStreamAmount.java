package org.tgov.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** A funding stream's amount in one financial year. */
@Entity
@Table(name = "funding_stream_amount")
@Audited
public class FundingStreamAmount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "funding_stream_id", nullable = false, updatable = false)
    private FundingStream stream;

    @Column(name = "financial_year", nullable = false, updatable = false)
    private FinancialYear financialYear;

    @Column(nullable = false, precision = 14, scale = 2)
    private Money amount;

    protected FundingStreamAmount() {
    }

    FundingStreamAmount(FundingStream stream, FinancialYear year, Money amount) {
        this.stream = stream;
        this.financialYear = year;
        this.amount = amount;
    }

    void change(Money amount) {
        this.amount = amount;
    }

    public FinancialYear getFinancialYear() {
        return financialYear;
    }

    public Money getAmount() {
        return amount;
    }
}
