package org.tgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.ForecastManagement;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.shared.Money;
import org.tgov.spend.SpendManagement;
import org.tgov.support.FinanceFixture;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.ImprovementFixture;
import org.tgov.support.ImprovementFixture.ImprovementSetup;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * Every board view and list costs at most {@value #MOST} SQL statements, and the same number however
 * much data the programme holds: measured on a small programme, then again after it has grown.
 * The programme grows by thirty cost lines with spend, commitments and forecasts, and by more
 * funding decisions (each with its sources: read together, not one query per decision). The improvement pages are measured with a full first page
 * of actions (so the list counts them both times), then after thirty more actions, updates and values.
 */
@IntegrationTest
class StatementsPerPageIT {

    static final int MOST = 12;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired ImprovementFixture improvement;
    @Autowired CostLineManagement costLines;
    @Autowired SpendManagement spend;
    @Autowired ForecastManagement forecasts;
    @Autowired ChangeRequestManagement changeRequests;
    @Autowired org.tgov.funding.FundingManagement funding;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void boardViewsAndListsCostAFixedNumberOfStatements() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        SignedInUser officer = data.user(council, Role.OFFICER);
        awaitingDecision(officer, money);
        ImprovementSetup plan = improvement.create(officer, money.programmeId(), money.workstreamId());
        List<String> pages = pages(money, plan);

        Map<String, Long> small = measure(pages, finance);
        grow(council, money);
        awaitingDecision(officer, money);
        improvement.grow(officer, plan);
        Map<String, Long> grown = measure(pages, finance);

        assertThat(grown).isEqualTo(small);
        assertThat(small).allSatisfy((page, statements) -> assertThat(statements).as(page).isBetween(1L, (long) MOST));
    }

    private static List<String> pages(FinanceSetup money, ImprovementSetup plan) {
        String programme = "/programmes/" + money.programmeId();
        return List.of(programme + "/resources-board", programme + "/finance", programme + "/cost-lines",
                programme + "/cost-lines?page=2", programme + "/change-requests", programme + "/funding",
                programme + "/savings", programme + "/establishment", programme + "/spend-imports",
                "/cost-lines/" + money.chargedLineId(), "/",
                programme + "/improvement-board", programme + "/delivery-board", programme + "/actions",
                programme + "/interventions", programme + "/plan", programme + "/measures",
                programme + "/measures/" + plan.measureId(), programme + "/inspections");
    }

    /** A virement submitted to the deciding body: the board view lists it with the names of those who drafted it. */
    private void awaitingDecision(SignedInUser officer, FinanceSetup money) {
        TestData.actingAs(officer, () -> {
            List<BudgetChange> virement = List.of(new BudgetChange(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(-10)),
                    new BudgetChange(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(10)));
            changeRequests.submit(changeRequests.draft(money.programmeId(), ChangeRequestType.VIREMENT,
                    TestData.unique("Virement"), "Moves budget to where the work is.", virement), 0);
        });
    }

    /** Thirty more cost lines, each with a year of monthly spend, commitments and a changed forecast. */
    private void grow(Council council, FinanceSetup money) {
        Tenancy.runAs(council.id(), () -> {
            for (int i = 0; i < 30; i++) {
                Long line = costLines.create(money.programmeId(), FinanceFixture.details(money.workstreamId(), "GROWN-" + i,
                        money.streamId(), null), Map.of(FinanceFixture.YEAR, Money.pounds(100)));
                for (int month = 4; month <= 6; month++) {
                    spend.record(line, LocalDate.of(2022, month, 1), Money.pounds(1), "INV-" + i + "-" + month, null);
                }
                spend.commit(line, LocalDate.of(2022, 5, 1), Money.pounds(1), "Supplier " + i, null, null);
                forecasts.set(line, FinanceFixture.YEAR, Money.pounds(90), null, null);
            }
            for (int month = 4; month <= 12; month++) {
                spend.record(money.otherLineId(), LocalDate.of(2022, month, 2), Money.pounds(10), "MORE-" + month, null);
            }
            forecasts.set(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(900), null, null);
            forecasts.set(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(950), 0L, null);
            for (int i = 0; i < 3; i++) {
                funding.createDecision(money.programmeId(), new org.tgov.funding.DecisionDetails("Cabinet", LocalDate.of(2022, 3, 31),
                        "CAB-GROWN-" + i, Money.pounds(10), Map.of(money.streamId(), Money.pounds(10)), null));
            }
        });
    }

    private Map<String, Long> measure(List<String> pages, SignedInUser user) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : pages) {
            counts.put(page, statements(page, user));
        }
        System.out.println("[statements per page] " + counts);
        return counts;
    }

    /** How many SQL statements Hibernate prepares for one request. */
    private long statements(String page, SignedInUser user) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            mvc.perform(get(page).with(as(user))).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
