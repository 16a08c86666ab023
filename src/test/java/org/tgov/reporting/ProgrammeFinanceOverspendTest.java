package org.tgov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.reporting.ProgrammeFinanceBuilder.aProgrammeFinance;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;

import org.junit.jupiter.api.Test;
import org.tgov.shared.FinancialYear;

class ProgrammeFinanceOverspendTest {

    /** Over in 2022/23 by £200, under in 2023/24 by £3,000: under over the whole programme. */
    private final ProgrammeFinance finance = aProgrammeFinance()
            .costLine(aCostLineView().id(11L).build())
            .costLine(aCostLineView().id(12L).code("RC-1").build())
            .figures(11L, 2022, 1_000, 1_000, 200, null)
            .figures(11L, 2023, 3_000, 0, 0, null)
            .figures(12L, 2022, 500, 100, 0, null)
            .build();

    @Test
    void overAllYearsALineOverspentInOneYearIsNamedWithThatYearEvenWhenUnderOverall() {
        assertThat(finance.overspent(null)).extracting(v -> v.costLine().id(), ProgrammeFinance.LineInYear::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11L, new FinancialYear(2022)));
        assertThat(finance.overspentLineCount(null)).isEqualTo(1);
    }

    @Test
    void inAChosenYearOnlyThatYearCounts() {
        assertThat(finance.overspent(new FinancialYear(2022))).extracting(v -> v.costLine().id()).containsExactly(11L);
        assertThat(finance.overspent(new FinancialYear(2023))).isEmpty();
        assertThat(finance.overspentLineCount(new FinancialYear(2023))).isZero();
    }
}
