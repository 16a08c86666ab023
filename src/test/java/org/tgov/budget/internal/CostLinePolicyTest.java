package org.tgov.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.CostLineDetailsBuilder.aCostLine;
import static org.tgov.support.Refusals.codes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.support.English;

class CostLinePolicyTest {

    static final FinancialYear Y2022 = new FinancialYear(2022);
    static final FinancialYear Y2023 = new FinancialYear(2023);

    @Test
    void acceptsALineFundedByAStreamInEveryYearItHasABudget() {
        assertThat(codes(CostLinePolicy.isComplete(aCostLine().fundedBy(7L, 2022).build(),
                Map.of(Y2022, Money.pounds(100), Y2023, Money.ZERO)))).isEmpty();
    }

    @Test
    void refusesABudgetInAYearWithoutAFundingStream() {
        var answers = CostLinePolicy.isComplete(aCostLine().fundedBy(7L, 2022).build(),
                Map.of(Y2022, Money.pounds(100), Y2023, Money.pounds(50)));
        assertThat(codes(answers)).containsExactly("costLine.stream.required");
        assertThat(answers.stream().flatMap(java.util.Optional::stream).findFirst().orElseThrow().subject())
                .isEqualTo("streams[2023]");
    }

    @Test
    void refusesANegativeOriginalBudget() {
        assertThat(codes(CostLinePolicy.isComplete(aCostLine().fundedBy(7L, 2022).build(),
                Map.of(Y2022, Money.pounds(-1))))).containsExactly("amount.notNegative");
    }

    @Test
    void refusesACodeTheFinanceSystemCouldNotMatch() {
        assertThat(codes(CostLinePolicy.isComplete(aCostLine().code("AG 1").build(), Map.of())))
                .containsExactly("costLine.code.format");
        assertThat(codes(CostLinePolicy.isComplete(aCostLine().code(" ").name("").workstream(null).build(), Map.of())))
                .containsExactly("workstream.required", "costLine.code.required", "costLine.name.required");
    }

    @Test
    void refusesFteWithMoreThanTwoDecimals() {
        assertThat(CostLinePolicy.isComplete(aCostLine().fte("1.255").build(), Map.of()).stream().flatMap(Optional::stream)
                .map(English::of)).containsExactly("FTE must be 0 or more, with at most 2 decimal places, like 12.5");
        assertThat(codes(CostLinePolicy.isComplete(aCostLine().fte("122.75").build(), Map.of()))).isEmpty();
    }

    @Test
    void refusesRecordsOfAnotherProgramme() {
        var line = aCostLine().workstream(9L).fundedBy(8L, 2023).chargedTo(5L).delivering(3L).build();
        assertThat(codes(CostLinePolicy.ownRecords(line, Set.of(1L), Set.of(7L), Set.of(4L), Set.of(2L))))
                .containsExactly("workstream.otherProgramme", "costLine.stream.otherProgramme",
                        "costLine.decision.otherProgramme", "costLine.savingsTargets.otherProgramme");
        assertThat(codes(CostLinePolicy.ownRecords(line, Set.of(9L), Set.of(8L), Set.of(5L), Set.of(3L)))).isEmpty();
    }

    @Test
    void refusesACodeAnotherLineHas() {
        assertThat(codes(CostLinePolicy.codeIsFree("AG-1", true))).containsExactly("costLine.code.taken");
        assertThat(codes(CostLinePolicy.codeIsFree("AG-1", false))).isEmpty();
    }
}
