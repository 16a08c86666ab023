package org.tgov.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.funding.NewTranche;
import org.tgov.funding.TrancheView;
import org.tgov.shared.Money;

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
    private Money amount;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Version
    private long version;

    protected Tranche() {
    }

    Tranche(FundingDecision decision, NewTranche tranche) {
        this.decision = decision;
        this.name = tranche.name();
        this.amount = tranche.amount();
        this.availableFrom = tranche.availableFrom();
        this.releasedOn = tranche.releasedOn();
    }

    public void release(LocalDate on) {
        this.releasedOn = on;
    }

    public TrancheView view() {
        return new TrancheView(id, name, amount, availableFrom, releasedOn);
    }

    public Long getId() {
        return id;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }
}
