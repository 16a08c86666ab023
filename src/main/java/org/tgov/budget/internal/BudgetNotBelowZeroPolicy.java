package org.tgov.budget.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tgov.budget.BudgetChange;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;

/** A budget cannot go below £0: changes to the same cost line and year add up before the check. */
public final class BudgetNotBelowZeroPolicy {

    private BudgetNotBelowZeroPolicy() {
    }

    /**
     * @param budgetNow the budget of a cost line in a year today
     * @param lineName  "WF-04 Agency social workers", to say which line
     */
    public static List<Optional<Refusal>> check(List<BudgetChange> changes,
            java.util.function.BiFunction<Long, FinancialYear, Money> budgetNow, Function<Long, String> lineName) {
        Map<String, Money> after = new HashMap<>();
        List<Optional<Refusal>> answers = new ArrayList<>();
        for (BudgetChange change : changes) {
            String key = change.costLineId() + "/" + change.year().startYear();
            Money result = after.getOrDefault(key, budgetNow.apply(change.costLineId(), change.year())).plus(change.amount());
            after.put(key, result);
            if (result.isNegative()) {
                answers.add(Refusal.about("lines", "changeRequest.budget.belowZero", change.year(),
                        lineName.apply(change.costLineId()), result).asOptional());
            }
        }
        return answers;
    }
}
