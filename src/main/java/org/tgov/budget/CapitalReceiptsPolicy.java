package org.tgov.budget;

import org.tgov.funding.FundingStreamType;
import org.tgov.shared.RuleViolation;

/**
 * The flexible use of capital receipts may fund only transformation designed to generate ongoing
 * savings, never business as usual or the statutory duty to improve.
 */
public final class CapitalReceiptsPolicy {

    private CapitalReceiptsPolicy() {
    }

    public static void check(FundingStreamType streamType, ExpenditureType expenditureType, Long savingsTargetId) {
        if (streamType != FundingStreamType.CAPITAL_RECEIPTS) {
            return;
        }
        if (expenditureType != ExpenditureType.TRANSFORMATION) {
            throw new RuleViolation("expenditureType", "A cost line funded by flexible use of capital receipts must be "
                    + "transformation spend: capital receipts cannot fund improvement or business as usual");
        }
        if (savingsTargetId == null) {
            throw new RuleViolation("savingsTargetId", "A cost line funded by flexible use of capital receipts must be "
                    + "linked to the savings target it is designed to deliver");
        }
    }
}
