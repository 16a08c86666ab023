package org.tgov.spend.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tgov.funding.DecisionView;
import org.tgov.funding.TrancheView;
import org.tgov.shared.Money;

class TrancheLimitPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2023, 6, 15);

    /** £1,000 decided: £400 released in May, £600 available from next year and not yet released. */
    static final DecisionView DECISION = new DecisionView(1L, 1L, "Cabinet", LocalDate.of(2023, 3, 31), "Item 101",
            Money.pounds(1_000), Map.of(7L, Money.pounds(1_000)), null,
            List.of(new TrancheView(1L, "First", Money.pounds(400), LocalDate.of(2023, 4, 1), LocalDate.of(2023, 5, 1)),
                    new TrancheView(2L, "Second", Money.pounds(600), LocalDate.of(2024, 4, 1), null)), 0);

    @Test
    void allowsSpendUpToWhatHasBeenReleased() {
        assertThat(codes(TrancheLimitPolicy.check(DECISION, Money.pounds(300), Money.pounds(100), TODAY, "amount"))).isEmpty();
    }

    @Test
    void refusesSpendBeyondReleasedTranches() {
        var answer = TrancheLimitPolicy.check(DECISION, Money.pounds(300), Money.pounds(101), TODAY, "amount");
        assertThat(codes(answer)).containsExactly("spend.trancheLimit");
        assertThat(answer.orElseThrow().arguments())
                .containsExactly("Item 101", "Cabinet", Money.pounds(401), Money.pounds(400), Money.pounds(100));
    }

    @Test
    void saysWhenNothingIsLeft() {
        assertThat(codes(TrancheLimitPolicy.check(DECISION, Money.pounds(400), Money.pounds(1), TODAY, "amount")))
                .containsExactly("spend.trancheLimit.nothingLeft");
    }

    @Test
    void alwaysAllowsCredits() {
        assertThat(codes(TrancheLimitPolicy.check(DECISION, Money.pounds(900), Money.pounds(-50), TODAY, "amount"))).isEmpty();
    }
}
