package org.tgov.budget;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

/** What the budget changes of each type of change request must add up to before it can be submitted. */
public final class ChangeRequestPolicy {

    private ChangeRequestPolicy() {
    }

    public static void check(ChangeRequestType type, List<BudgetChange> changes) {
        if (changes.stream().anyMatch(change -> change.amount().isZero())) {
            throw new RuleViolation("lines", "Remove the lines with an amount of £0");
        }
        Money net = changes.stream().map(BudgetChange::amount).reduce(Money.ZERO, Money::plus);
        switch (type) {
            case BUDGET_INCREASE -> {
                if (changes.isEmpty() || !net.isPositive()) {
                    throw new RuleViolation("lines", "A budget increase must add money: its lines add up to " + net.format());
                }
            }
            case VIREMENT -> {
                if (changes.stream().map(BudgetChange::costLineId).distinct().count() < 2) {
                    throw new RuleViolation("lines", "A virement moves budget between at least two cost lines");
                }
                if (!net.isZero()) {
                    throw new RuleViolation("lines", "A virement must net to zero: its lines add up to " + net.format()
                            + ". Take from one cost line exactly what you give to the others.");
                }
            }
            case REPROFILING -> {
                if (changes.isEmpty()) {
                    throw new RuleViolation("lines", "A re-profiling moves budget between years: add its lines");
                }
                Map<Long, Money> byCostLine = changes.stream().collect(Collectors.groupingBy(BudgetChange::costLineId,
                        Collectors.reducing(Money.ZERO, BudgetChange::amount, Money::plus)));
                byCostLine.values().stream().filter(total -> !total.isZero()).findFirst().ifPresent(total -> {
                    throw new RuleViolation("lines", "A re-profiling moves a cost line's budget between years, so each "
                            + "cost line must net to zero; one adds up to " + total.format());
                });
            }
            case SCOPE_CHANGE -> {
                // A scope change may or may not move money; any lines it has are applied as they are.
            }
        }
    }
}
