package org.tgov.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

/** Part of a funding decision, available from a date and counted once it is released. */
@Entity
@Audited
public class Tranche {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "funding_decision_id", nullable = false, updatable = false)
    private FundingDecision decision;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Version
    private long version;

    protected Tranche() {
    }

    Tranche(FundingDecision decision, String name, Money amount, LocalDate availableFrom, LocalDate releasedOn) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "Enter the tranche's name, for example Tranche 1");
        }
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolation("amount", "Amount must be more than £0");
        }
        if (availableFrom == null) {
            throw new RuleViolation("availableFrom", "Enter the date the tranche is available from");
        }
        this.decision = decision;
        this.name = name.strip();
        this.amount = amount.amount();
        this.availableFrom = availableFrom;
        release(releasedOn);
    }

    void release(LocalDate on) {
        if (on != null && on.isBefore(availableFrom)) {
            throw new RuleViolation("releasedOn", "A tranche cannot be released before it is available");
        }
        this.releasedOn = on;
    }

    public boolean isReleasedBy(LocalDate date) {
        return releasedOn != null && !releasedOn.isAfter(date);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Money amount() {
        return Money.of(amount);
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public LocalDate getReleasedOn() {
        return releasedOn;
    }
}
