package org.tgov.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.funding.FundingManagement;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.programme.ProgrammeDetails;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.ProgrammeStatus;
import org.tgov.reporting.FinanceReports;
import org.tgov.reporting.ProgrammeFinance;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

/** The demo money reproduces the April 2022 scrutiny report's tables exactly. */
@IntegrationTest
class DemoFinanceIT {

    @Autowired
    TestData data;

    @Autowired
    DemoFinance demoFinance;

    @Autowired
    ProgrammeManagement programmes;

    @Autowired
    FinanceReports reports;

    @Autowired
    FundingManagement funding;

    @Autowired
    org.tgov.budget.BudgetFigures figures;

    @Autowired
    MockMvc mvc;

    @Test
    void costsAndFundingReconcileToThePapersTablesForEachYear() throws Exception {
        TestData.Council council = data.council();
        Long programmeId = Tenancy.callAs(council.id(), () -> {
            Long id = programmes.create(new ProgrammeDetails(TestData.unique("Transformation"), "Director",
                    LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31), List.of("Aim"), ProgrammeStatus.ACTIVE));
            demoFinance.load(id);
            return id;
        });
        ProgrammeFinance finance = Tenancy.callAs(council.id(), () -> reports.programmeFinance(programmeId));

        assertThat(finance.years()).extracting(FinancialYear::label).containsExactly("2021/22", "2022/23", "2023/24");
        assertThat(finance.reconciliation()).extracting(r -> r.costs().formatThousands())
                .containsExactly("5,833", "11,487", "4,544");
        assertThat(finance.reconciliation()).extracting(r -> r.funding().formatThousands())
                .containsExactly("5,833", "11,487", "4,544");
        assertThat(finance.reconciles()).isTrue();
        assertThat(finance.total().total().budget()).isEqualTo(Money.pounds(21_864_000));
        assertThat(Tenancy.callAs(council.id(), () -> figures.totalOf(programmeId)))
                .as("the totals the database sums for headlines are those the finance page adds up, forecasts included")
                .contains(finance.total().total());
        assertThat(finance.fundingTotal()).isEqualTo(Money.pounds(21_864_000));
        assertThat(finance.funding()).extracting(row -> row.name() + " " + row.amounts().values().stream()
                .map(Money::formatThousands).toList())
                .containsExactly("Department for Education (DfE) grant funding [1,700]",
                        "Financial resilience reserve [1,591, 11,487]",
                        "Increased base budget [4,544]",
                        "Previously approved funding [2,542]");
        assertThat(finance.largestVariances(new FinancialYear(2022), 5)).extracting(v -> v.costLine().code())
                .containsExactlyInAnyOrder("WF-03", "WF-04");

        SignedInUser chair = data.user(council, Role.CHAIR);
        String board = mvc.perform(get("/programmes/{id}/resources-board", programmeId).with(TestData.as(chair)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(board);
        assertThat(page.select("[data-test=programme-budget]").text()).isEqualTo("21,864");
        assertThat(page.select("[data-test=total-funding]").text()).isEqualTo("21,864");
        assertThat(page.select("[data-test=total-costs]").text()).isEqualTo("21,864");
        assertThat(page.select("[data-test=reconciled]").text()).isEqualTo("Reconciled");
        assertThat(page.select("[data-test=drawdown]").text()).contains("11,490").contains("Cabinet");
        assertThat(page.select("[data-test=variances]").text()).contains("WF-04 Agency social workers");
        assertThat(page.select("[data-test=fte]").text()).contains("2022/23 122.75");
        assertThat(page.select("svg.tgov-chart")).hasSize(3);

        String financePage = mvc.perform(get("/programmes/{id}/finance", programmeId).param("units", "thousands")
                .with(TestData.as(chair))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(financePage).select("[data-test=total-budget]").text()).isEqualTo("21,864");
        assertThat(Jsoup.parse(financePage).select("[data-test=illustrative]").text()).contains("illustrative");
    }
}
