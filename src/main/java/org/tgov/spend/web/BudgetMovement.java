package org.tgov.spend.web;

import org.tgov.budget.BudgetEntry;

/**
 * One line of "where the budget came from": an entry of the cost line's budget and what it was.
 * The first original entry for a year is the original budget; later ones outside any change
 * request correct it; the rest come from approved change requests.
 */
public record BudgetMovement(BudgetEntry entry, String source) {

    public Long changeRequestId() {
        return entry.getChangeRequestId();
    }
}
