package org.tgov.support;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.tgov.budget.CostCategory;
import org.tgov.budget.CostLineView;
import org.tgov.budget.ExpenditureType;
import org.tgov.shared.FinancialYear;

/**
 * A cost line as pages read it: by default line 11 of programme 7 in workstream 2, AG-1 "Agency
 * social workers", improvement spend with no stream, decision or savings target.
 */
public final class CostLineViewBuilder {

    private Long id = 11L;
    private Long programmeId = 7L;
    private Long workstreamId = 2L;
    private String code = "AG-1";
    private String name = "Agency social workers";
    private CostCategory category = CostCategory.AGENCY_STAFF;
    private ExpenditureType type = ExpenditureType.IMPROVEMENT;
    private final TreeMap<FinancialYear, Long> streams = new TreeMap<>();
    private Long decisionId;
    private final Set<Long> savingsTargetIds = new HashSet<>();
    private BigDecimal fte = BigDecimal.ZERO;
    private boolean illustrative;
    private long version;

    public static CostLineViewBuilder aCostLineView() {
        return new CostLineViewBuilder();
    }

    public CostLineViewBuilder id(Long id) {
        this.id = id;
        return this;
    }

    public CostLineViewBuilder programme(Long programmeId) {
        this.programmeId = programmeId;
        return this;
    }

    public CostLineViewBuilder workstream(Long workstreamId) {
        this.workstreamId = workstreamId;
        return this;
    }

    public CostLineViewBuilder code(String code) {
        this.code = code;
        return this;
    }

    public CostLineViewBuilder name(String name) {
        this.name = name;
        return this;
    }

    public CostLineViewBuilder transformation() {
        this.type = ExpenditureType.TRANSFORMATION;
        return this;
    }

    /** Draws on the stream in each financial year starting in {@code startYears}. */
    public CostLineViewBuilder fundedBy(Long streamId, int... startYears) {
        for (int year : startYears) {
            streams.put(new FinancialYear(year), streamId);
        }
        return this;
    }

    public CostLineViewBuilder chargedTo(Long decisionId) {
        this.decisionId = decisionId;
        return this;
    }

    public CostLineViewBuilder delivering(Long... savingsTargetIds) {
        this.savingsTargetIds.addAll(Set.of(savingsTargetIds));
        return this;
    }

    public CostLineViewBuilder fte(String fte) {
        this.fte = new BigDecimal(fte);
        return this;
    }

    public CostLineViewBuilder illustrative() {
        this.illustrative = true;
        return this;
    }

    public CostLineViewBuilder version(long version) {
        this.version = version;
        return this;
    }

    public CostLineView build() {
        return new CostLineView(id, programmeId, workstreamId, code, name, category, type, streams, decisionId,
                savingsTargetIds, fte, illustrative, version);
    }
}
