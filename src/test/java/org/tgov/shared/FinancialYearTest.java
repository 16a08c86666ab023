package org.tgov.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void runsFromAprilToMarch() {
        assertThat(FinancialYear.containing(LocalDate.of(2022, 3, 31)).label()).isEqualTo("2021/22");
        assertThat(FinancialYear.containing(LocalDate.of(2022, 4, 1)).label()).isEqualTo("2022/23");
        assertThat(new FinancialYear(1999).label()).isEqualTo("1999/00");
    }

    @Test
    void listsTheYearsAPeriodSpans() {
        assertThat(FinancialYear.spanning(LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31)))
                .extracting(FinancialYear::label).containsExactly("2021/22", "2022/23", "2023/24");
    }
}
