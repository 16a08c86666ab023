package org.tgov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.TestData.actingAs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.shared.Money;
import org.tgov.support.FinanceFixture;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.ModuleIntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * The reporting module with the modules whose APIs it reads, on this run's PostgreSQL: the finance
 * board view of a year puts together what each of them holds.
 */
@ModuleIntegrationTest
@Import({ TestData.class, FinanceFixture.class })
class ReportingModuleIT {

    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired BodyManagement bodies;
    @Autowired FinanceBoardReport boardView;

    @Test
    void theBoardViewOfAYearBringsTogetherFundingBudgetsDrawdownAndTheDecidingBody() {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser chair = data.user(council, Role.CHAIR);
        actingAs(data.user(council, Role.ADMIN), () -> bodies.create(new BodyDetails("Resources Board",
                BodyType.RESOURCES_BOARD, chair.getId(), null, Cadence.MONTHLY, null, true)));

        FinanceBoardView view = actingAs(chair, () -> boardView.view(money.programmeId(), FinanceFixture.YEAR.startYear(), "Resources Board"));

        assertThat(view.body()).isEqualTo("Resources Board");
        assertThat(view.year()).isEqualTo(FinanceFixture.YEAR);
        assertThat(view.yearMeasures().budget()).isEqualTo(Money.pounds(2000));
        assertThat(view.finance().fundingIn(FinanceFixture.YEAR)).isEqualTo(Money.pounds(2000));
        assertThat(view.finance().reconciles()).isTrue();
        assertThat(view.drawdown()).singleElement().satisfies(d -> {
            assertThat(d.decision().reference()).isEqualTo("CAB-1");
            assertThat(d.released()).isEqualTo(Money.pounds(600));
            assertThat(d.drawn()).isEqualTo(Money.ZERO);
        });
        assertThat(view.awaitingDecision()).isEmpty();
    }
}
