package org.tgov.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.codes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tgov.funding.DecisionDetails;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.NewTranche;
import org.tgov.funding.StreamDetails;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.support.English;

class FundingRulesTest {

    static DecisionDetails decision(long amount, Map<Long, Money> sources) {
        return new DecisionDetails("Cabinet", LocalDate.of(2022, 3, 31), "Item 101", Money.pounds(amount), sources, null);
    }

    static Map<Long, Money> sources(long... streamAndPounds) {
        Map<Long, Money> sources = new LinkedHashMap<>();
        for (int i = 0; i < streamAndPounds.length; i += 2) {
            sources.put(streamAndPounds[i], Money.pounds(streamAndPounds[i + 1]));
        }
        return sources;
    }

    @Test
    void aDecisionMayDrawOnSeveralStreamsThatAddUpToItsAmount() {
        assertThat(codes(FundingRules.sourcesAddUp(decision(1_000, sources(1, 500, 2, 300, 3, 200)), Set.of(1L, 2L, 3L))))
                .isEmpty();
        assertThat(codes(FundingRules.sourcesAddUp(decision(1_000, Map.of()), Set.of(1L)))).isEmpty();
    }

    @Test
    void refusesSourcesThatDoNotAddUpToTheDecision() {
        assertThat(codes(FundingRules.sourcesAddUp(decision(1_000, sources(1, 500, 2, 400)), Set.of(1L, 2L))))
                .containsExactly("funding.decision.sources.total");
    }

    @Test
    void refusesSourcesOfAnotherProgrammeOrOfNothing() {
        assertThat(codes(FundingRules.sourcesAddUp(decision(1_000, sources(1, 1_000, 9, 0)), Set.of(1L))))
                .containsExactly("funding.decision.sources.otherProgramme", "funding.decision.sources.positive");
    }

    @Test
    void aDecisionSaysWhoWhenWhichAndHowMuch() {
        assertThat(codes(FundingRules.decisionIsComplete(new DecisionDetails(" ", null, "", Money.ZERO, null, null))))
                .containsExactly("funding.decision.decidedBy.required", "field.required",
                        "funding.decision.reference.required", "amount.positive");
    }

    @Test
    void tranchesNeverComeToMoreThanTheirDecision() {
        assertThat(codes(FundingRules.trancheFits(Money.pounds(1_000), Money.pounds(600), Money.pounds(400)))).isEmpty();
        assertThat(codes(FundingRules.trancheFits(Money.pounds(1_000), Money.pounds(600), Money.pounds(401))))
                .containsExactly("funding.tranche.total.exceeded");
        assertThat(codes(FundingRules.decisionCoversTranches(Money.pounds(500), Money.pounds(600))))
                .containsExactly("funding.decision.amount.belowTranches");
    }

    @Test
    void moneyIsNotReleasedBeforeItIsAvailable() {
        LocalDate april = LocalDate.of(2023, 4, 1);
        assertThat(codes(FundingRules.trancheIsComplete(new NewTranche("Second", Money.pounds(10), april, april.minusDays(1)))))
                .containsExactly("funding.tranche.releasedBeforeAvailable");
        assertThat(codes(FundingRules.trancheIsComplete(new NewTranche("", Money.ZERO, null, null))))
                .containsExactly("funding.tranche.name.required", "amount.positive",
                        "field.required");
    }

    @Test
    void aStreamHasANameATypeAndNoNegativeAmount() {
        List<Optional<Refusal>> negative = FundingRules.streamIsComplete(
                new StreamDetails("DfE grant", FundingStreamType.GRANT, null), Map.of(new FinancialYear(2022), Money.pounds(-1)));
        assertThat(codes(negative)).containsExactly("amount.notNegative");
        assertThat(negative.stream().flatMap(Optional::stream).map(English::of)).containsExactly("Amount for 2022/23 must be £0 or more");
        assertThat(codes(FundingRules.streamIsComplete(new StreamDetails("", null, null), Map.of())))
                .containsExactly("funding.stream.name.required", "funding.stream.type.required");
    }
}
