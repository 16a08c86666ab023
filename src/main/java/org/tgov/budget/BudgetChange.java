package org.tgov.budget;

import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** A change to one cost line's budget in one financial year. */
public record BudgetChange(Long costLineId, FinancialYear year, Money amount) {
}
