package org.tgov.funding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

/**
 * A decision to fund the programme (Cabinet, Council, an Officer Decision Record), released in
 * tranches. Spend and commitments charged against it are controlled against what has been released.
 */
@Entity
@Table(name = "funding_decision")
@Audited
public class FundingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "decided_by", nullable = false, length = 200)
    private String decidedBy;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "funding_stream_id")
    private Long fundingStreamId;

    @Column(columnDefinition = "text")
    private String notes;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("availableFrom, id")
    private List<Tranche> tranches = new ArrayList<>();

    @Version
    private long version;

    protected FundingDecision() {
    }

    public FundingDecision(Long programmeId, FundingDecisionDetails details) {
        this.programmeId = programmeId;
        apply(details);
    }

    void apply(FundingDecisionDetails details) {
        Money tranchesTotal = tranchesTotal();
        if (tranchesTotal.isGreaterThan(details.amount())) {
            throw new RuleViolation("amount", "The amount cannot be less than its tranches, which add up to "
                    + tranchesTotal.format());
        }
        this.decidedBy = details.decidedBy();
        this.decidedOn = details.decidedOn();
        this.reference = details.reference();
        this.amount = details.amount().amount();
        this.fundingStreamId = details.fundingStreamId();
        this.notes = details.notes();
    }

    /** Adds a tranche; the tranches together can never come to more than the decision. */
    Tranche addTranche(String name, Money trancheAmount, LocalDate availableFrom, LocalDate releasedOn) {
        Money after = tranchesTotal().plus(trancheAmount);
        if (after.isGreaterThan(amount())) {
            throw new RuleViolation("amount", "Tranches would add up to " + after.format() + ", more than the decision's "
                    + amount().format() + ". At most " + amount().minus(tranchesTotal()).format() + " is left to allocate.");
        }
        Tranche tranche = new Tranche(this, name, trancheAmount, availableFrom, releasedOn);
        tranches.add(tranche);
        return tranche;
    }

    public Money tranchesTotal() {
        return tranches.stream().map(Tranche::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What has been released on or before {@code date}: the ceiling for spend and commitments charged here. */
    public Money releasedBy(LocalDate date) {
        return tranches.stream().filter(t -> t.isReleasedBy(date)).map(Tranche::amount).reduce(Money.ZERO, Money::plus);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReference() {
        return reference;
    }

    public Money amount() {
        return Money.of(amount);
    }

    public Long getFundingStreamId() {
        return fundingStreamId;
    }

    public String getNotes() {
        return notes;
    }

    public List<Tranche> getTranches() {
        return List.copyOf(tranches);
    }

    public long getVersion() {
        return version;
    }
}
