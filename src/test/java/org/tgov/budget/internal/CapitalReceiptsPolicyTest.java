package org.tgov.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.CostLineDetailsBuilder.aCostLine;
import static org.tgov.support.Refusals.codes;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Flexible use of capital receipts may fund only transformation spend that delivers savings. */
class CapitalReceiptsPolicyTest {

    static final Long RECEIPTS = 3L;
    static final Long RESERVE = 4L;

    @Test
    void doesNotApplyToALineNeverFundedByCapitalReceipts() {
        assertThat(codes(CapitalReceiptsPolicy.check(aCostLine().fundedBy(RESERVE, 2022, 2023).build(), Set.of(RECEIPTS))))
                .isEmpty();
    }

    @Test
    void refusesImprovementSpendWithoutSavingsInAYearFundedByCapitalReceipts() {
        assertThat(codes(CapitalReceiptsPolicy.check(
                aCostLine().fundedBy(RESERVE, 2022).fundedBy(RECEIPTS, 2023).build(), Set.of(RECEIPTS))))
                .containsExactly("budget.capitalReceipts.transformationOnly", "budget.capitalReceipts.savingsRequired");
    }

    @Test
    void acceptsTransformationSpendLinkedToSavings() {
        assertThat(codes(CapitalReceiptsPolicy.check(
                aCostLine().transformation().fundedBy(RECEIPTS, 2023).delivering(11L, 12L).build(), Set.of(RECEIPTS))))
                .isEmpty();
    }
}
