package org.tgov.budget;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tgov.shared.FinancialYear;

/** A cost line as pages and other modules read it. */
public record CostLineView(Long id, Long programmeId, Long workstreamId, String code, String name, CostCategory category,
        ExpenditureType expenditureType, SortedMap<FinancialYear, Long> streams, Long fundingDecisionId,
        Set<Long> savingsTargetIds, BigDecimal fte, boolean illustrative, long version) {

    public CostLineView {
        streams = new TreeMap<>(streams);
        savingsTargetIds = Set.copyOf(savingsTargetIds);
    }

    /** The funding stream the line draws on in the year, or null when none is set for it. */
    public Long streamIn(FinancialYear year) {
        return streams.get(year);
    }

    /** "WF-04 Agency social workers". */
    public String label() {
        return code + " " + name;
    }

    public static Map<Long, CostLineView> byId(Iterable<CostLineView> lines) {
        Map<Long, CostLineView> byId = new java.util.LinkedHashMap<>();
        lines.forEach(line -> byId.put(line.id(), line));
        return byId;
    }
}
