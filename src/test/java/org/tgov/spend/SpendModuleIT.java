package org.tgov.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.assertRefused;
import static org.tgov.support.TestData.actingAs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.LineFigures;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.shared.Money;
import org.tgov.shared.Refused;
import org.tgov.support.FinanceFixture;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.ModuleIntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * The spend module with every module it needs, on this run's PostgreSQL. All its dependencies, not
 * only the direct ones: spend uses budget, whose change requests need boards, which spend itself
 * does not use. Spend reaches the cost line's figures in its own transaction, and the released
 * tranches cap what it takes.
 */
@ModuleIntegrationTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({ TestData.class, FinanceFixture.class })
class SpendModuleIT {

    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired SpendManagement spend;
    @Autowired BudgetFigures figures;

    @Test
    void spendReachesTheFiguresAndTheTrancheLimitRefusesWhatWouldGoBeyondTheReleasedTranches() {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        Long line = money.chargedLineId();

        actingAs(finance, () -> spend.record(line, LocalDate.of(2022, 5, 1), Money.pounds(500), "INV-1", null));
        Refused refused = assertRefused(() -> actingAs(finance, () -> spend.commit(line, LocalDate.of(2022, 6, 1),
                Money.pounds(200), "Agency Ltd", "PO-1", null)), "spend.trancheLimit");
        actingAs(finance, () -> spend.record(line, LocalDate.of(2022, 6, 1), Money.pounds(-50), "CR-1", "Credit note"));

        assertThat(refused.refusals().get(0).arguments()).as("CAB-1 (Cabinet) to £700.00, more than £600.00; £100.00 left")
                .containsExactly("CAB-1", "Cabinet", Money.pounds(700), Money.pounds(600), Money.pounds(100));
        assertThat(actingAs(finance, () -> spend.commitmentsOn(line))).as("nothing saved of the refused commitment").isEmpty();
        assertThat(actingAs(finance, () -> spend.spendOn(line))).extracting(SpendEntryView::recordedBy)
                .containsOnly(finance.getUsername());
        LineFigures year = actingAs(finance, () -> figures.ofLine(line)).get(0);
        assertThat(year.actual()).isEqualTo(Money.pounds(450));
        assertThat(year.committed()).isEqualTo(Money.ZERO);
        assertThat(actingAs(finance, () -> figures.chargedToDecisions(java.util.List.of(money.decisionId()))))
                .containsEntry(money.decisionId(), Money.pounds(450));
    }
}
