package org.tgov.funding.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.funding.DecisionDetails;
import org.tgov.funding.DecisionView;
import org.tgov.funding.NewTranche;
import org.tgov.shared.Money;

/**
 * A decision to fund the programme (Cabinet, Council, an Officer Decision Record), from one or
 * more funding streams, released in tranches. Spend and commitments charged against it are
 * controlled against what has been released.
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
    private Money amount;

    /**
     * Each funding stream the decision draws on, with its part of the amount; read for all the
     * decisions of a query in one more query, not one per decision.
     */
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "funding_decision_source", joinColumns = @JoinColumn(name = "funding_decision_id"))
    @MapKeyColumn(name = "funding_stream_id")
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private Map<Long, Money> sources = new HashMap<>();

    @Column(columnDefinition = "text")
    private String notes;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("availableFrom, id")
    private List<Tranche> tranches = new ArrayList<>();

    @Version
    private long version;

    protected FundingDecision() {
    }

    public FundingDecision(Long programmeId, DecisionDetails details) {
        this.programmeId = programmeId;
        apply(details);
    }

    public void apply(DecisionDetails details) {
        this.decidedBy = details.decidedBy();
        this.decidedOn = details.decidedOn();
        this.reference = details.reference();
        this.amount = details.amount();
        this.sources.clear();
        this.sources.putAll(details.sources());
        this.notes = details.notes();
    }

    public Tranche addTranche(NewTranche tranche) {
        Tranche added = new Tranche(this, tranche);
        tranches.add(added);
        return added;
    }

    public Optional<Tranche> tranche(Long trancheId) {
        return tranches.stream().filter(t -> t.getId().equals(trancheId)).findFirst();
    }

    public Money tranchesTotal() {
        return tranches.stream().map(Tranche::getAmount).reduce(Money.ZERO, Money::plus);
    }

    public DecisionView view() {
        return new DecisionView(id, programmeId, decidedBy, decidedOn, reference, amount, sources, notes,
                tranches.stream().map(Tranche::view).toList(), version);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Money getAmount() {
        return amount;
    }

    public long getVersion() {
        return version;
    }
}
