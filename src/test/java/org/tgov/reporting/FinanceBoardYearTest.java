package org.tgov.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tgov.budget.LineFigures;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** Which year the finance board view shows when the chair has not chosen one, or chose one it cannot show. */
class FinanceBoardYearTest {

    static final FinancialYear Y2021 = new FinancialYear(2021);
    static final FinancialYear Y2022 = new FinancialYear(2022);
    static final FinancialYear Y2023 = new FinancialYear(2023);
    static final List<FinancialYear> PROGRAMME = List.of(Y2021, Y2022, Y2023);

    /** A programme of three years with figures in the first two only. */
    static final ProgrammeFinance MONEY = new ProgrammeFinance(PROGRAMME, List.of(), List.of(
            new LineFigures(1L, Y2021, Money.pounds(100), Money.pounds(90), Money.ZERO, null),
            new LineFigures(1L, Y2022, Money.pounds(100), Money.ZERO, Money.ZERO, null)), Map.of(), List.of());

    @Test
    void showsTheYearTheChairChose() {
        assertThat(FinanceBoardReport.year(MONEY, 2021, new FinancialYear(2026), PROGRAMME)).isEqualTo(Y2021);
    }

    @Test
    void showsTheCurrentYearWhileTheProgrammeRuns() {
        assertThat(FinanceBoardReport.year(MONEY, null, Y2023, PROGRAMME)).isEqualTo(Y2023);
    }

    @Test
    void afterTheProgrammeShowsTheLatestYearWithFigures() {
        assertThat(FinanceBoardReport.year(MONEY, null, new FinancialYear(2026), PROGRAMME)).isEqualTo(Y2022);
    }

    @Test
    void ignoresAYearOutsideTheProgramme() {
        assertThat(FinanceBoardReport.year(MONEY, 1999, Y2022, PROGRAMME)).isEqualTo(Y2022);
    }
}
