package org.tgov.budget.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestType;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;

/**
 * What the budget changes of each type of change request must add up to: a budget increase adds
 * money; a virement moves it between at least two cost lines and nets to zero; a re-profiling moves
 * a cost line's budget between years, so each line nets to zero; a scope change may carry any changes.
 * No line may change a budget by £0.
 */
public final class ChangeRequestPolicy {

    private ChangeRequestPolicy() {
    }

    public static List<Optional<Refusal>> check(ChangeRequestType type, List<BudgetChange> changes) {
        List<Optional<Refusal>> answers = new ArrayList<>();
        if (changes.stream().anyMatch(change -> change.amount().isZero())) {
            answers.add(Refusal.about("lines", "changeRequest.lines.zero").asOptional());
        }
        Money net = changes.stream().map(BudgetChange::amount).reduce(Money.ZERO, Money::plus);
        switch (type) {
            case BUDGET_INCREASE -> {
                if (changes.isEmpty() || !net.isPositive()) {
                    answers.add(Refusal.about("lines", "changeRequest.increase.mustAdd", net).asOptional());
                }
            }
            case VIREMENT -> {
                if (changes.stream().map(BudgetChange::costLineId).distinct().count() < 2) {
                    answers.add(Refusal.about("lines", "changeRequest.virement.twoLines").asOptional());
                }
                if (!net.isZero()) {
                    answers.add(Refusal.about("lines", "changeRequest.virement.netZero", net).asOptional());
                }
            }
            case REPROFILING -> {
                if (changes.isEmpty()) {
                    answers.add(Refusal.about("lines", "changeRequest.reprofiling.lines").asOptional());
                }
                Map<Long, Money> byCostLine = changes.stream().collect(Collectors.groupingBy(BudgetChange::costLineId,
                        Collectors.reducing(Money.ZERO, BudgetChange::amount, Money::plus)));
                byCostLine.values().stream().filter(total -> !total.isZero()).findFirst()
                        .ifPresent(total -> answers.add(Refusal.about("lines", "changeRequest.reprofiling.netZero", total)
                                .asOptional()));
            }
            case SCOPE_CHANGE -> {
                // A scope change may or may not move money; any lines it has are applied as they are.
            }
        }
        return answers;
    }
}
