package org.tgov.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestType;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

class ChangeRequestPolicyTest {

    static final FinancialYear Y2022 = new FinancialYear(2022);
    static final FinancialYear Y2023 = new FinancialYear(2023);

    static BudgetChange change(long line, FinancialYear year, long pounds) {
        return new BudgetChange(line, year, Money.pounds(pounds));
    }

    @Test
    void acceptsAVirementThatMovesBudgetBetweenTwoLinesAndNetsToZero() {
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.VIREMENT,
                List.of(change(1, Y2022, -120_000), change(2, Y2022, 120_000))))).isEmpty();
    }

    @Test
    void refusesAVirementThatDoesNotNetToZero() {
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.VIREMENT,
                List.of(change(1, Y2022, -100), change(2, Y2022, 120)))))
                .containsExactly("changeRequest.virement.netZero");
    }

    @Test
    void refusesAVirementWithinOneLine() {
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.VIREMENT,
                List.of(change(1, Y2022, -100), change(1, Y2023, 100)))))
                .containsExactly("changeRequest.virement.twoLines");
    }

    @Test
    void refusesABudgetIncreaseThatAddsNothing() {
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.BUDGET_INCREASE, List.of())))
                .containsExactly("changeRequest.increase.mustAdd");
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.BUDGET_INCREASE,
                List.of(change(1, Y2022, 50), change(2, Y2022, -80)))))
                .containsExactly("changeRequest.increase.mustAdd");
    }

    @Test
    void acceptsABudgetIncreaseThatAddsMoneyEvenIfOneLineGivesSomeBack() {
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.BUDGET_INCREASE,
                List.of(change(1, Y2022, 100), change(2, Y2022, -20))))).isEmpty();
    }

    @Test
    void refusesAReprofilingWhoseLineDoesNotNetToZeroAcrossYears() {
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.REPROFILING,
                List.of(change(1, Y2022, -100), change(1, Y2023, 90)))))
                .containsExactly("changeRequest.reprofiling.netZero");
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.REPROFILING,
                List.of(change(1, Y2022, -100), change(1, Y2023, 100))))).isEmpty();
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.REPROFILING, List.of())))
                .containsExactly("changeRequest.reprofiling.lines");
    }

    @Test
    void refusesLinesOfNothing() {
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.SCOPE_CHANGE, List.of(change(1, Y2022, 0)))))
                .containsExactly("changeRequest.lines.zero");
    }

    @Test
    void aScopeChangeMayMoveMoneyOrNot() {
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.SCOPE_CHANGE, List.of()))).isEmpty();
        assertThat(codes(ChangeRequestPolicy.check(ChangeRequestType.SCOPE_CHANGE, List.of(change(1, Y2022, 5))))).isEmpty();
    }
}
