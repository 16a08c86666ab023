package org.tgov.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.reporting.ProgrammeFinanceBuilder.aProgrammeFinance;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.PLATFORM;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.reporting.FinanceReports;
import org.tgov.reporting.ProgrammeFinanceBuilder;
import org.tgov.shared.NotFoundException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The programme finance page and its downloads without a database: the figures, their units and who sees them. */
@WebMvcTest(FinanceController.class)
@Import(WebSliceConfiguration.class)
class FinanceControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FinanceReports reports;

    @MockitoBean
    ProgrammeManagement programmes;

    @BeforeEach
    void aLineSpendingBeyondItsBudgetIn2022() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).build());
        given(reports.programmeFinance(7L)).willReturn(aProgrammeFinance()
                .costLine(aCostLineView().id(11L).build())
                .figures(11L, 2022, 1_000_000, 1_200_000, 0, null)
                .figures(11L, 2023, 100_000, 0, 0, 50_000L)
                .build());
    }

    @Test
    void showsBudgetForecastAndSpendByYearAndFlagsALineSpendingBeyondItsBudget() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/finance").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Finance – Children's services transformation"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=summary] tbody tr").eachText()).containsExactly(
                "2021/22 £0.00 £0.00 £0.00 £0.00 £0.00",
                "2022/23 £1,000,000.00 £1,000,000.00 £1,200,000.00 £0.00 £0.00",
                "2023/24 £100,000.00 £50,000.00 £0.00 £0.00 −£50,000.00",
                "Total £1,100,000.00 £1,050,000.00 £1,200,000.00 £0.00 −£50,000.00");
        assertThat(page.select("[data-test=overspent]").text()).contains("1 cost line is already spending (with commitments) "
                + "beyond its budget or forecast in a year of the programme", "AG-1 Agency social workers, 2022/23");
    }

    @Test
    void showsTheCostLinesOfALargeProgramme25AtATimeKeepingTheUnitsAndYear() throws Exception {
        ProgrammeFinanceBuilder large = aProgrammeFinance();
        for (long i = 1; i <= 30; i++) {
            large.costLine(aCostLineView().id(i).code(String.format("L-%02d", i)).build()).figures(i, 2022, 1000, 0, 0, null);
        }
        given(reports.programmeFinance(7L)).willReturn(large.build());

        Document first = page(mvc.perform(get("/programmes/7/finance").param("units", "thousands").param("year", "2022")
                .with(as(SCRUTINY))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(first.select("table:has(#cost-line-caption) tbody tr")).hasSize(25);
        assertThat(first.select("[data-test=lines-showing]").text())
                .isEqualTo("Cost lines 1 to 25 of 30; the CSV and Excel downloads have every line.");
        assertThat(first.select("[data-test=next-page]").attr("href"))
                .isEqualTo("/programmes/7/finance?units=thousands&year=2022&page=2");

        Document second = page(mvc.perform(get("/programmes/7/finance").param("page", "2").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(second.select("table:has(#cost-line-caption) tbody tr")).hasSize(5);
        assertThat(second.select("[data-test=previous-page]").attr("href")).isEqualTo("/programmes/7/finance?units=pounds&page=1");
    }

    @Test
    void showsThousandsWhenAskedAndOneYearsOverspendWhenAYearIsChosen() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/finance").param("units", "thousands").param("year", "2023")
                        .with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#summary-caption").text()).isEqualTo("Budget, forecast and spend (£000)");
        assertThat(page.select("[data-test=total-budget]").text()).isEqualTo("1,100");
        assertThat(page.select("[data-test=overspent]")).as("nothing overspent in 2023/24").isEmpty();
    }

    @Test
    void downloadsATableAsCsvThatExcelReadsAndEveryTableAsAWorkbook() throws Exception {
        byte[] csv = mvc.perform(get("/programmes/7/finance/summary.csv").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"children-s-services-transformation-summary.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(get("/programmes/7/finance.xlsx").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFFinancial year,Budget,Forecast outturn,")
                .contains("2022/23,1000000.00,1000000.00,1200000.00,0.00,0.00\r\n");
    }

    @Test
    void onlyPeopleOfAnOrganisationSeeItsFinance() throws Exception {
        given(programmes.get(8L)).willThrow(new NotFoundException("Programme"));

        mvc.perform(get("/programmes/7/finance").with(as(PLATFORM))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/7/finance.xlsx").with(as(PLATFORM))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/8/finance/summary.csv").with(as(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/7/finance").param("year", "last").with(as(OFFICER))).andExpect(status().isBadRequest());
    }
}
