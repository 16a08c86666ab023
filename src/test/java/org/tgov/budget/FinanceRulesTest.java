package org.tgov.budget;

import org.tgov.funding.FundingDecision;
import org.tgov.funding.FundingDecisionDetails;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.Tranche;
import org.tgov.spend.TrancheLimitPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

class FinanceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 8, 1);
    private static final FinancialYear Y2022 = new FinancialYear(2022);

    @Test
    void capitalReceiptsFundOnlyTransformationLinkedToASavingsTarget() {
        assertThatThrownBy(() -> CapitalReceiptsPolicy.check(FundingStreamType.CAPITAL_RECEIPTS, ExpenditureType.IMPROVEMENT, 5L))
                .hasMessageContaining("must be transformation spend");
        assertThatThrownBy(() -> CapitalReceiptsPolicy.check(FundingStreamType.CAPITAL_RECEIPTS, ExpenditureType.TRANSFORMATION, null))
                .hasMessageContaining("linked to the savings target");
        assertThatCode(() -> CapitalReceiptsPolicy.check(FundingStreamType.CAPITAL_RECEIPTS, ExpenditureType.TRANSFORMATION, 5L))
                .doesNotThrowAnyException();
        assertThatCode(() -> CapitalReceiptsPolicy.check(FundingStreamType.RESERVE, ExpenditureType.IMPROVEMENT, null))
                .doesNotThrowAnyException();
    }

    @Test
    void virementMustNetToZeroAcrossAtLeastTwoCostLines() {
        List<BudgetChange> unbalanced = List.of(new BudgetChange(1L, Y2022, Money.pounds(-120_000)),
                new BudgetChange(2L, Y2022, Money.pounds(100_000)));
        assertThatThrownBy(() -> ChangeRequestPolicy.check(ChangeRequestType.VIREMENT, unbalanced))
                .hasMessageContaining("must net to zero").hasMessageContaining("−£20,000.00");
        List<BudgetChange> balanced = List.of(new BudgetChange(1L, Y2022, Money.pounds(-120_000)),
                new BudgetChange(2L, Y2022, Money.pounds(120_000)));
        assertThatCode(() -> ChangeRequestPolicy.check(ChangeRequestType.VIREMENT, balanced)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ChangeRequestPolicy.check(ChangeRequestType.VIREMENT,
                List.of(new BudgetChange(1L, Y2022, Money.pounds(-5)), new BudgetChange(1L, Y2022.next(), Money.pounds(5)))))
                .hasMessageContaining("at least two cost lines");
    }

    @Test
    void reprofilingMustNetToZeroForEachCostLine() {
        assertThatThrownBy(() -> ChangeRequestPolicy.check(ChangeRequestType.REPROFILING,
                List.of(new BudgetChange(1L, Y2022, Money.pounds(-100)), new BudgetChange(1L, Y2022.next(), Money.pounds(90)))))
                .hasMessageContaining("each cost line must net to zero");
        assertThatCode(() -> ChangeRequestPolicy.check(ChangeRequestType.REPROFILING,
                List.of(new BudgetChange(1L, Y2022, Money.pounds(-100)), new BudgetChange(1L, Y2022.next(), Money.pounds(100)))))
                .doesNotThrowAnyException();
    }

    @Test
    void budgetIncreaseMustAddMoney() {
        assertThatThrownBy(() -> ChangeRequestPolicy.check(ChangeRequestType.BUDGET_INCREASE,
                List.of(new BudgetChange(1L, Y2022, Money.pounds(-100)))))
                .hasMessageContaining("must add money");
    }
}
