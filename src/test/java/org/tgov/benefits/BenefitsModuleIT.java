package org.tgov.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tgov.support.Refusals.assertRefused;
import static org.tgov.support.TestData.actingAs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ModuleIntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * The benefits module with programme, identity and shared only, on this run's PostgreSQL: savings
 * targets add up by year, belong to their own programme's workstreams, and a stale edit changes
 * nothing.
 */
@ModuleIntegrationTest
@Import(TestData.class)
class BenefitsModuleIT {

    static final FinancialYear Y2022 = new FinancialYear(2022);
    static final FinancialYear Y2023 = new FinancialYear(2023);

    @Autowired TestData data;
    @Autowired WorkstreamManagement workstreams;
    @Autowired SavingsManagement savings;

    @Test
    void targetsAddUpByYearBelongToTheirProgrammeAndAreNotOverwrittenByAStaleEdit() {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long programme = data.programme(council);
        Long otherProgramme = data.programme(council);

        Long target = actingAs(officer, () -> {
            Long workstream = workstreams.create(programme, "Workforce", null, null);
            Long id = savings.create(programme, target(workstream, Y2022, 50_000, 20_000, true));
            savings.create(programme, target(workstream, Y2022, 10_000, 10_000, false));
            savings.create(programme, target(workstream, Y2023, 80_000, 0, true));
            return id;
        });
        Long strangeWorkstream = actingAs(officer, () -> workstreams.create(otherProgramme, "Elsewhere", null, null));
        assertRefused(() -> actingAs(officer, () -> savings.create(programme, target(strangeWorkstream, Y2022, 1, 0, true))),
                "workstream.otherProgramme");
        SavingsTargetView saved = actingAs(officer, () -> savings.get(programme, target));
        actingAs(officer, () -> savings.update(programme, target, saved.version(),
                target(saved.workstreamId(), Y2022, 55_000, 25_000, true)));
        assertThatThrownBy(() -> actingAs(officer, () -> savings.update(programme, target, saved.version(),
                target(saved.workstreamId(), Y2022, 1, 1, true)))).isInstanceOf(StaleEditException.class);

        assertThat(actingAs(officer, () -> savings.byYear(programme))).containsExactly(
                new YearSavings(Y2022, Money.pounds(65_000), Money.pounds(35_000), Money.pounds(25_000)),
                new YearSavings(Y2023, Money.pounds(80_000), Money.ZERO, Money.ZERO));
        assertThat(actingAs(officer, () -> savings.targetIdsOf(programme))).hasSize(3).contains(target);
    }

    private static SavingsTargetDetails target(Long workstream, FinancialYear year, long planned, long delivered,
            boolean cashable) {
        return new SavingsTargetDetails(workstream, year, "Fewer agency placements", Money.pounds(planned),
                Money.pounds(delivered), cashable, null, Confidence.MEDIUM);
    }
}
