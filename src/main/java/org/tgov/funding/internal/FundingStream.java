package org.tgov.funding.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.StreamDetails;
import org.tgov.funding.StreamView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** Where a programme's money comes from, with an amount for each financial year. */
@Entity
@Table(name = "funding_stream")
@Audited
public class FundingStream {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "stream_type", nullable = false, length = 30)
    private FundingStreamType type;

    @Column(columnDefinition = "text")
    private String notes;

    @OneToMany(mappedBy = "stream", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("financialYear")
    private List<FundingStreamAmount> amounts = new ArrayList<>();

    @Version
    private long version;

    protected FundingStream() {
    }

    public FundingStream(Long programmeId, StreamDetails details) {
        this.programmeId = programmeId;
        describe(details);
    }

    public void describe(StreamDetails details) {
        this.name = details.name();
        this.type = details.type();
        this.notes = details.notes();
    }

    /** Sets the amount for each year given; a year left out keeps no amount. */
    public void setAmounts(Map<FinancialYear, Money> byYear) {
        amounts.removeIf(amount -> !byYear.containsKey(amount.getFinancialYear()));
        byYear.forEach((year, money) -> amounts.stream().filter(a -> a.getFinancialYear().equals(year)).findFirst()
                .ifPresentOrElse(a -> a.change(money), () -> amounts.add(new FundingStreamAmount(this, year, money))));
    }

    public StreamView view() {
        Map<FinancialYear, Money> byYear = new TreeMap<>();
        amounts.forEach(a -> byYear.put(a.getFinancialYear(), a.getAmount()));
        return new StreamView(id, programmeId, name, type, notes, new TreeMap<>(byYear), version);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getName() {
        return name;
    }

    public FundingStreamType getType() {
        return type;
    }

    public long getVersion() {
        return version;
    }
}
