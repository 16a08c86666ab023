package org.tgov.budget.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.budget.CostCategory;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.CostLineView;
import org.tgov.budget.ExpenditureType;
import org.tgov.shared.FinancialYear;

/**
 * What money is spent on, in one workstream. Its budget is not a field: it is the sum of its
 * {@link BudgetEntry} rows (the original budget plus every approved change), so the history of
 * where the budget came from cannot drift from the budget itself.
 */
@Entity
@Table(name = "cost_line")
@Audited
public class CostLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "workstream_id", nullable = false)
    private Long workstreamId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CostCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "expenditure_type", nullable = false, length = 20)
    private ExpenditureType expenditureType;

    /** The funding stream the line draws on in each financial year, by the year it starts in. */
    @ElementCollection
    @CollectionTable(name = "cost_line_funding", joinColumns = @JoinColumn(name = "cost_line_id"))
    @MapKeyColumn(name = "financial_year")
    @Column(name = "funding_stream_id", nullable = false)
    private Map<Integer, Long> streams = new HashMap<>();

    @Column(name = "funding_decision_id")
    private Long fundingDecisionId;

    @ElementCollection
    @CollectionTable(name = "cost_line_savings_target", joinColumns = @JoinColumn(name = "cost_line_id"))
    @Column(name = "savings_target_id", nullable = false)
    private Set<Long> savingsTargetIds = new HashSet<>();

    @Column(nullable = false, precision = 8, scale = 2)
    private BigDecimal fte;

    @Column(nullable = false)
    private boolean illustrative;

    @Version
    private long version;

    protected CostLine() {
    }

    public CostLine(Long programmeId, CostLineDetails details) {
        this.programmeId = programmeId;
        apply(details);
    }

    public void apply(CostLineDetails details) {
        this.workstreamId = details.workstreamId();
        this.code = details.code();
        this.name = details.name();
        this.category = details.category();
        this.expenditureType = details.expenditureType();
        this.streams.clear();
        details.streams().forEach((year, stream) -> this.streams.put(year.startYear(), stream));
        this.fundingDecisionId = details.fundingDecisionId();
        this.savingsTargetIds.clear();
        this.savingsTargetIds.addAll(details.savingsTargetIds());
        this.fte = details.fte();
        this.illustrative = details.illustrative();
    }

    public CostLineView view() {
        TreeMap<FinancialYear, Long> byYear = new TreeMap<>();
        streams.forEach((year, stream) -> byYear.put(new FinancialYear(year), stream));
        return new CostLineView(id, programmeId, workstreamId, code, name, category, expenditureType, byYear,
                fundingDecisionId, savingsTargetIds, fte, illustrative, version);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }
}
