package org.tgov.spend.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.spend.CommitmentView;

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
    private FinancialYear financialYear;

    @Column(nullable = false, precision = 14, scale = 2)
    private Money amount;

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

    public Commitment(Long costLineId, LocalDate committedOn, Money amount, String supplier, String reference,
            String description) {
        this.costLineId = costLineId;
        this.committedOn = committedOn;
        this.financialYear = FinancialYear.containing(committedOn);
        this.amount = amount;
        this.supplier = supplier.strip();
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    /** Closes it; false when it was closed already. */
    public boolean close() {
        boolean wasOpen = status == Status.OPEN;
        this.status = Status.CLOSED;
        return wasOpen;
    }

    public CommitmentView view() {
        return new CommitmentView(id, costLineId, committedOn, financialYear, amount, supplier, reference, description,
                status == Status.OPEN);
    }

    public Long getId() {
        return id;
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
}
