package org.tgov.budget;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tgov.shared.FinancialYear;

/**
 * What a cost line is: its code in the finance system, what it buys, the funding stream it draws
 * on in each financial year (not necessarily the same every year), the decision it is charged to,
 * and the savings targets it is meant to deliver.
 */
public record CostLineDetails(Long workstreamId, String code, String name, CostCategory category,
        ExpenditureType expenditureType, Map<FinancialYear, Long> streams, Long fundingDecisionId,
        Set<Long> savingsTargetIds, BigDecimal fte, boolean illustrative) {

    public CostLineDetails {
        code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        name = name == null ? null : name.strip();
        streams = streams == null ? Map.of() : new TreeMap<>(streams);
        savingsTargetIds = savingsTargetIds == null ? Set.of() : Set.copyOf(savingsTargetIds);
        fte = fte == null ? BigDecimal.ZERO : fte;
    }

    /** A line drawing on one stream in every year given. */
    public static Map<FinancialYear, Long> everyYear(Long streamId, Iterable<FinancialYear> years) {
        Map<FinancialYear, Long> byYear = new TreeMap<>();
        years.forEach(year -> byYear.put(year, streamId));
        return byYear;
    }
}
