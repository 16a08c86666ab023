package org.tgov.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.assertRefused;
import static org.tgov.support.TestData.actingAs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.support.ModuleIntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * The funding module with programme, identity and shared only, on this run's PostgreSQL: a decision
 * draws on a stream and releases money in tranches, and no tranche takes it beyond its amount.
 *
 */
@ModuleIntegrationTest
@Import(TestData.class)
class FundingModuleIT {

    static final FinancialYear Y2022 = new FinancialYear(2022);
    static final FinancialYear Y2023 = new FinancialYear(2023);

    @Autowired TestData data;
    @Autowired FundingManagement funding;
    @Autowired FundingFacts facts;
    @Autowired Clock clock;

    @Test
    void aDecisionReleasesMoneyInTranchesNeverBeyondItsAmountAndOnlyToItsOwnCouncil() {
        Council council = data.council();
        SignedInUser finance = data.user(council, Role.FINANCE);
        Long programme = data.programme(council);
        LocalDate today = LocalDate.now(clock);

        Long decision = actingAs(finance, () -> {
            Long stream = funding.createStream(programme, new StreamDetails("DfE grant", FundingStreamType.GRANT, null),
                    Map.of(Y2022, Money.pounds(600), Y2023, Money.pounds(400)));
            Long id = funding.createDecision(programme, new DecisionDetails("Cabinet", LocalDate.of(2022, 3, 31), "CAB-1",
                    Money.pounds(1000), Map.of(stream, Money.pounds(1000)), null));
            funding.addTranche(programme, id, new NewTranche("Tranche 1", Money.pounds(600), LocalDate.of(2022, 4, 1),
                    LocalDate.of(2022, 4, 1)));
            funding.addTranche(programme, id, new NewTranche("Tranche 2", Money.pounds(400), today, null));
            return id;
        });

        assertRefused(() -> actingAs(finance, () -> funding.addTranche(programme, decision,
                new NewTranche("Tranche 3", Money.parse("0.01"), today, null))), "funding.tranche.total.exceeded");
        DecisionView saved = actingAs(finance, () -> facts.decision(programme, decision));
        assertThat(saved.tranches()).extracting(TrancheView::name).containsExactly("Tranche 1", "Tranche 2");
        assertThat(saved.releasedBy(today)).isEqualTo(Money.pounds(600));
        assertThat(actingAs(finance, () -> facts.streams(programme))).singleElement()
                .satisfies(stream -> assertThat(stream.total()).isEqualTo(Money.pounds(1000)));

        SignedInUser stranger = data.user(data.council(), Role.FINANCE);
        assertThat(actingAs(stranger, () -> facts.streams(programme))).as("another council's streams").isEmpty();
        assertThat(actingAs(stranger, () -> facts.decisions(programme))).as("another council's decisions").isEmpty();
    }
}
