package org.tgov.funding;

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
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

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

    public FundingStream(Long programmeId, String name, FundingStreamType type, String notes) {
        this.programmeId = programmeId;
        describe(name, type, notes);
    }

    void describe(String name, FundingStreamType type, String notes) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "Enter the funding stream's name");
        }
        if (type == null) {
            throw new RuleViolation("type", "Select the type of funding");
        }
        this.name = name.strip();
        this.type = type;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** Sets the amount for each year given; a year left out keeps no amount. */
    void setAmounts(Map<FinancialYear, Money> byYear) {
        amounts.removeIf(amount -> !byYear.containsKey(amount.financialYear()));
        byYear.forEach((year, money) -> {
            if (money.isNegative()) {
                throw new RuleViolation("amounts", "Amount for " + year.label() + " must be £0 or more");
            }
            amounts.stream().filter(a -> a.financialYear().equals(year)).findFirst()
                    .ifPresentOrElse(a -> a.change(money), () -> amounts.add(new FundingStreamAmount(this, year, money)));
        });
    }

    public Map<FinancialYear, Money> amountsByYear() {
        Map<FinancialYear, Money> byYear = new TreeMap<>();
        amounts.forEach(a -> byYear.put(a.financialYear(), a.amount()));
        return byYear;
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

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
