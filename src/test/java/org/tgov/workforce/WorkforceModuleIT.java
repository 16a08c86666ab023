package org.tgov.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.assertRefused;
import static org.tgov.support.TestData.actingAs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.shared.FinancialYear;
import org.tgov.support.ModuleIntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * The workforce module with programme, identity and shared only, on this run's PostgreSQL: the
 * database averages each year's FTE in post, a month recorded again replaces it, and an impossible
 * number of posts is refused.
 */
@ModuleIntegrationTest
@Import(TestData.class)
class WorkforceModuleIT {

    static final FinancialYear Y2022 = new FinancialYear(2022);

    @Autowired TestData data;
    @Autowired EstablishmentManagement establishment;

    @Test
    void averagesEachYearsFteInPostAgainstThePlanAndRefusesAnImpossibleNumberOfPosts() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long programme = data.programme(council);

        actingAs(officer, () -> {
            establishment.plan(programme, Y2022, new BigDecimal("122.75"));
            establishment.recordActual(programme, LocalDate.of(2022, 4, 1), new BigDecimal("70"), new BigDecimal("30"));
            establishment.recordActual(programme, LocalDate.of(2022, 4, 15), new BigDecimal("80"), new BigDecimal("20"));
            establishment.recordActual(programme, LocalDate.of(2022, 5, 1), new BigDecimal("90.5"), new BigDecimal("10"));
        });
        assertRefused(() -> actingAs(officer, () -> establishment.recordActual(programme, LocalDate.of(2022, 6, 1),
                new BigDecimal("-1"), BigDecimal.ZERO)), "number.format");

        assertThat(actingAs(officer, () -> establishment.actuals(programme))).as("April recorded again, June refused")
                .extracting(FteInPost::month).containsExactly(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 1));
        YearFte year = actingAs(officer, () -> establishment.byYear(programme)).get(0);
        assertThat(year.year()).isEqualTo(Y2022);
        assertThat(year.planned()).isEqualByComparingTo("122.75");
        assertThat(year.permanent()).isEqualTo(new BigDecimal("85.25"));
        assertThat(year.agency()).isEqualTo(new BigDecimal("15.00"));
        assertThat(year.months()).isEqualTo(2);
        assertThat(year.agencyShare()).isEqualByComparingTo("15.0");
    }
}
