package org.tgov.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;
import static org.tgov.support.DecisionViewBuilder.aDecision;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.PLATFORM;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.StreamViewBuilder.aStream;
import static org.tgov.support.TestData.as;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.LineFigures;
import org.tgov.funding.FundingFacts;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The cost lines list without a database: each line's figures over all years, overspend flags, and who sees what. */
@WebMvcTest(CostLineListController.class)
@Import(WebSliceConfiguration.class)
class CostLineListControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CostLineManagement costLines;

    @MockitoBean
    BudgetFigures figures;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    WorkstreamManagement workstreams;

    @MockitoBean
    FundingFacts funding;

    @BeforeEach
    void aProgrammeWithAWorkstreamAndTwoStreams() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).build());
        given(workstreams.of(7L)).willReturn(List.of(ProgrammeBuilder.workstream(2L, 7L, "Workforce")));
        given(funding.streams(7L)).willReturn(List.of(aStream().id(3L).named("Reserve").build(),
                aStream().id(4L).named("Base budget").build()));
        given(funding.decisions(7L)).willReturn(List.of(aDecision().id(5L).reference("CAB-1").build()));
    }

    @Test
    void listsEachLineWithItsFiguresOverAllYearsAndFlagsOneOverspentInAnyYear() throws Exception {
        given(costLines.of(7L)).willReturn(List.of(
                aCostLineView().id(11L).code("AG-1").fundedBy(3L, 2022).fundedBy(4L, 2023).chargedTo(5L).fte("2.5").build(),
                aCostLineView().id(12L).code("RC-1").name("Recruitment campaign").illustrative().build()));
        given(figures.of(7L)).willReturn(List.of(
                figures(11L, 2022, 1000, 1200, null),
                figures(11L, 2023, 3000, 0, null),
                figures(12L, 2022, 500, 100, 400)));

        Document page = page(mvc.perform(get("/programmes/7/cost-lines").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        Element agency = page.select("[data-test=cost-lines] tbody tr").get(0);
        assertThat(agency.select("td").eachText()).containsExactly("AG-1",
                "Agency social workers Overspent Workforce · Agency staff · Improvement", "Reserve, Base budget Charged to CAB-1", "2.50", "£4,000.00", "£1,200.00",
                "£4,000.00");
        assertThat(page.select("[data-test=total-budget]").text()).isEqualTo("£4,500.00");
        assertThat(page.select("[data-test=overspent-note]").text()).contains("1 cost line has spend and commitments above");
        assertThat(page.select("[data-test=illustrative]")).hasSize(1);
        assertThat(page.select("[data-test=illustrative-note]")).hasSize(1);
    }

    @Test
    void saysSoWhenTheProgrammeHasNoCostLinesAndOffersToAddOneOnlyToEditors() throws Exception {
        Document forOfficer = page(mvc.perform(get("/programmes/7/cost-lines").with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Document forReader = page(mvc.perform(get("/programmes/7/cost-lines").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(forOfficer.select("[data-test=empty]").text())
                .isEqualTo("This programme has no cost lines yet. Add the first one with its original budget for each year.");
        assertThat(forOfficer.select("[data-test=add-cost-line]")).hasSize(1);
        assertThat(forReader.select("[data-test=empty]").text()).isEqualTo("This programme has no cost lines yet.");
        assertThat(forReader.select("[data-test=add-cost-line]")).isEmpty();
        assertThat(forReader.select("[data-test=overspent-note], [data-test=illustrative-note]")).isEmpty();
    }

    @Test
    void onlyPeopleOfAnOrganisationSeeItsCostLines() throws Exception {
        given(programmes.get(8L)).willThrow(new NotFoundException("Programme"));

        mvc.perform(get("/programmes/7/cost-lines").with(as(PLATFORM))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/8/cost-lines").with(as(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/seven/cost-lines").with(as(OFFICER))).andExpect(status().isBadRequest());

        then(costLines).shouldHaveNoInteractions();
    }

    /** A line's figures in the financial year starting in {@code year}; no forecast when {@code forecast} is null. */
    private static LineFigures figures(Long line, int year, long budget, long actual, Integer forecast) {
        return new LineFigures(line, new FinancialYear(year), Money.pounds(budget), Money.pounds(actual), Money.ZERO,
                forecast == null ? null : Money.pounds(forecast));
    }
}
