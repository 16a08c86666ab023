package org.tgov.benefits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tgov.benefits.Confidence;
import org.tgov.benefits.SavingsTargetDetails;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

class SavingsPolicyTest {

    @Test
    void aTargetIsWhole() {
        assertThat(codes(SavingsPolicy.isComplete(new SavingsTargetDetails(1L, new FinancialYear(2023), "Fewer agency staff",
                Money.pounds(500_000), Money.ZERO, true, null, Confidence.MEDIUM)))).isEmpty();
        assertThat(codes(SavingsPolicy.isComplete(new SavingsTargetDetails(null, null, "", Money.pounds(-1),
                Money.pounds(-1), false, null, null))))
                .containsExactly("workstream.required", "financialYear.required", "savings.description.required",
                        "amount.notNegative", "amount.notNegative", "savings.confidence.required");
    }

    @Test
    void aTargetBelongsToAWorkstreamOfItsProgramme() {
        assertThat(codes(SavingsPolicy.ownWorkstream(9L, Set.of(1L, 2L)))).containsExactly("workstream.otherProgramme");
        assertThat(codes(SavingsPolicy.ownWorkstream(2L, Set.of(1L, 2L)))).isEmpty();
    }
}
