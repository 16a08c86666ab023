package org.tgov.spend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

/**
 * An order or contract signed but not yet paid. While open it counts against the budget and the
 * released tranches alongside actual spend; once paid (the spend is recorded) it is closed.
 */
@Entity
@Audited
public class Commitment {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "cost_line_id", nullable = false, updatable = false)
    private Long costLineId;

    @Column(name = "committed_on", nullable = false)
    private LocalDate committedOn;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 200)
    private String supplier;

    @Column(length = 100)
    private String reference;

    @Column(length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Version
    private long version;

    protected Commitment() {
    }

    Commitment(Long costLineId, LocalDate committedOn, Money amount, String supplier, String reference,
            String description) {
        if (committedOn == null) {
            throw new RuleViolation("committedOn", "Enter the date the order or contract was signed");
        }
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolation("amount", "Amount must be more than £0");
        }
        if (supplier == null || supplier.isBlank()) {
            throw new RuleViolation("supplier", "Enter the supplier");
        }
        this.costLineId = costLineId;
        this.committedOn = committedOn;
        this.financialYear = FinancialYear.containing(committedOn).startYear();
        this.amount = amount.amount();
        this.supplier = supplier.strip();
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    void close() {
        this.status = Status.CLOSED;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Long getCostLineId() {
        return costLineId;
    }

    public LocalDate getCommittedOn() {
        return committedOn;
    }

    public FinancialYear financialYear() {
        return new FinancialYear(financialYear);
    }

    public Money amount() {
        return Money.of(amount);
    }

    public String getSupplier() {
        return supplier;
    }

    public String getReference() {
        return reference;
    }

    public String getDescription() {
        return description;
    }

    public Status getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
