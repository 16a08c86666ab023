package org.tgov.budget;

import java.math.BigDecimal;
import org.tgov.shared.RuleViolation;

/** What a cost line is: its code in the finance system, what it buys, how it is funded. */
public record CostLineDetails(Long workstreamId, String code, String name, CostCategory category,
        ExpenditureType expenditureType, Long fundingStreamId, Long fundingDecisionId, Long savingsTargetId,
        BigDecimal fte, boolean illustrative) {

    public CostLineDetails {
        if (workstreamId == null) {
            throw new RuleViolation("workstreamId", "Select the workstream");
        }
        if (code == null || code.isBlank()) {
            throw new RuleViolation("code", "Enter the cost line's code in the finance system");
        }
        if (!code.strip().matches("[A-Za-z0-9._/-]{1,40}")) {
            throw new RuleViolation("code", "Code must be up to 40 letters, numbers, full stops, hyphens, slashes or underscores");
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "Enter what the cost line pays for");
        }
        if (category == null) {
            throw new RuleViolation("category", "Select the category");
        }
        if (expenditureType == null) {
            throw new RuleViolation("expenditureType", "Select whether this is improvement or transformation spend");
        }
        if (fundingStreamId == null) {
            throw new RuleViolation("fundingStreamId", "Select the funding stream");
        }
        if (fte == null) {
            fte = BigDecimal.ZERO;
        }
        if (fte.signum() < 0 || fte.scale() > 2) {
            throw new RuleViolation("fte", "FTE must be 0 or more, with at most 2 decimal places");
        }
        code = code.strip().toUpperCase(java.util.Locale.ROOT);
        name = name.strip();
    }
}
