package org.tgov.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tgov.budget.BudgetChange;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

class BudgetNotBelowZeroPolicyTest {

    static final FinancialYear Y2022 = new FinancialYear(2022);
    static final FinancialYear Y2023 = new FinancialYear(2023);

    /** Line 1 has £100 in 2022/23 and nothing in 2023/24. */
    static Money budgetNow(Long line, FinancialYear year) {
        return Map.of(Y2022, Money.pounds(100)).getOrDefault(year, Money.ZERO);
    }

    @Test
    void allowsTakingTheWholeBudget() {
        assertThat(codes(BudgetNotBelowZeroPolicy.check(List.of(new BudgetChange(1L, Y2022, Money.pounds(-100))),
                BudgetNotBelowZeroPolicyTest::budgetNow, id -> "AG-1"))).isEmpty();
    }

    @Test
    void refusesTakingMoreThanTheBudget() {
        var answers = BudgetNotBelowZeroPolicy.check(List.of(new BudgetChange(1L, Y2023, Money.pounds(-1))),
                BudgetNotBelowZeroPolicyTest::budgetNow, id -> "AG-1 Agency social workers");
        assertThat(codes(answers)).containsExactly("changeRequest.budget.belowZero");
        assertThat(answers.get(0).orElseThrow().arguments())
                .containsExactly(Y2023, "AG-1 Agency social workers", Money.pounds(-1));
    }

    @Test
    void addsUpChangesToTheSameLineAndYearBeforeChecking() {
        assertThat(codes(BudgetNotBelowZeroPolicy.check(List.of(new BudgetChange(1L, Y2022, Money.pounds(-60)),
                new BudgetChange(1L, Y2022, Money.pounds(-60))), BudgetNotBelowZeroPolicyTest::budgetNow, id -> "AG-1")))
                .containsExactly("changeRequest.budget.belowZero");
        assertThat(codes(BudgetNotBelowZeroPolicy.check(List.of(new BudgetChange(1L, Y2022, Money.pounds(50)),
                new BudgetChange(1L, Y2022, Money.pounds(-150))), BudgetNotBelowZeroPolicyTest::budgetNow, id -> "AG-1")))
                .isEmpty();
    }
}
