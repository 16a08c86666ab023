package org.tgov.budget;

import java.time.Instant;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * One movement of a cost line's budget: its original budget, a correction to it, or an approved
 * change request, with who recorded it and when. A budget is the sum of its movements.
 */
public record BudgetMovement(FinancialYear year, Money amount, Long changeRequestId, boolean correction,
        Instant recordedAt, String recordedBy) {

    public boolean isOriginal() {
        return changeRequestId == null && !correction;
    }
}
