package org.tgov.funding;

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
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;
import org.tgov.spend.TrancheLimitPolicy;
import org.tgov.shared.RuleViolation;

/** Tranches release a funding decision in parts; spend is controlled against what is released. */
class TrancheRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 8, 1);

    private static FundingDecision cabinetDecision() {
        FundingDecision decision = new FundingDecision(1L, new FundingDecisionDetails("Cabinet", LocalDate.of(2022, 3, 31),
                "CAB-101", Money.pounds(11_490_000), null, null));
        decision.addTranche("Tranche 1", Money.pounds(5_000_000), LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 1));
        decision.addTranche("Tranche 2", Money.pounds(6_490_000), LocalDate.of(2022, 7, 1), null);
        return decision;
    }

    @Test
    void refusesSpendBeyondReleasedTranchesAndSaysHowMuchIsLeft() {
        FundingDecision decision = cabinetDecision();
        assertThatThrownBy(() -> TrancheLimitPolicy.check(decision, Money.pounds(4_900_000), Money.pounds(200_000), TODAY, "amount"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("£5,100,000.00")
                .hasMessageContaining("£5,000,000.00 released")
                .hasMessageContaining("£100,000.00 is left");
    }

    @Test
    void allowsSpendUpToReleasedTranchesAndCreditsAlways() {
        FundingDecision decision = cabinetDecision();
        assertThatCode(() -> TrancheLimitPolicy.check(decision, Money.pounds(4_900_000), Money.pounds(100_000), TODAY, "amount"))
                .doesNotThrowAnyException();
        assertThatCode(() -> TrancheLimitPolicy.check(decision, Money.pounds(6_000_000), Money.pounds(-100), TODAY, "amount"))
                .doesNotThrowAnyException();
    }

    @Test
    void countsATrancheOnlyOnceReleased() {
        FundingDecision decision = cabinetDecision();
        assertThat(decision.releasedBy(TODAY)).isEqualTo(Money.pounds(5_000_000));
    }

    @Test
    void refusesTranchesAddingUpToMoreThanTheDecision() {
        FundingDecision decision = cabinetDecision();
        assertThatThrownBy(() -> decision.addTranche("Tranche 3", Money.pounds(1), LocalDate.of(2022, 9, 1), null))
                .hasMessageContaining("more than the decision's £11,490,000.00");
    }

}
