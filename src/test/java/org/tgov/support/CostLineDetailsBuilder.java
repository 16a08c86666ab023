package org.tgov.support;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tgov.budget.CostCategory;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.ExpenditureType;
import org.tgov.shared.FinancialYear;

/** A whole cost line by default (workstream 1, code AG-1, agency staff, improvement); tests change what they are about. */
public final class CostLineDetailsBuilder {

    private Long workstreamId = 1L;
    private String code = "AG-1";
    private String name = "Agency social workers";
    private CostCategory category = CostCategory.AGENCY_STAFF;
    private ExpenditureType type = ExpenditureType.IMPROVEMENT;
    private final Map<FinancialYear, Long> streams = new TreeMap<>();
    private Long decisionId;
    private Set<Long> savingsTargetIds = Set.of();
    private BigDecimal fte = BigDecimal.ZERO;

    public static CostLineDetailsBuilder aCostLine() {
        return new CostLineDetailsBuilder();
    }

    public CostLineDetailsBuilder workstream(Long id) {
        this.workstreamId = id;
        return this;
    }

    public CostLineDetailsBuilder code(String code) {
        this.code = code;
        return this;
    }

    public CostLineDetailsBuilder name(String name) {
        this.name = name;
        return this;
    }

    public CostLineDetailsBuilder transformation() {
        this.type = ExpenditureType.TRANSFORMATION;
        return this;
    }

    public CostLineDetailsBuilder fundedBy(Long streamId, int... startYears) {
        for (int year : startYears) {
            streams.put(new FinancialYear(year), streamId);
        }
        return this;
    }

    public CostLineDetailsBuilder chargedTo(Long decisionId) {
        this.decisionId = decisionId;
        return this;
    }

    public CostLineDetailsBuilder delivering(Long... savingsTargetIds) {
        this.savingsTargetIds = Set.of(savingsTargetIds);
        return this;
    }

    public CostLineDetailsBuilder fte(String fte) {
        this.fte = new BigDecimal(fte);
        return this;
    }

    public CostLineDetails build() {
        return new CostLineDetails(workstreamId, code, name, category, type, streams, decisionId, savingsTargetIds, fte,
                false);
    }
}
