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
    @Test
    void showsALongListTwentyFiveLinesAtATimeWithTotalsOfTheWholeList() throws Exception {
        givenSixtyLines();

        Document first = list("/programmes/7/cost-lines");
        assertThat(first.select("[data-test=cost-lines] tbody tr")).hasSize(25);
        assertThat(first.select("[data-test=showing]").text()).isEqualTo("Showing 1 to 25 of 60 cost lines.");
        assertThat(first.select("[data-test=total-budget]").text()).isEqualTo("£6,000.00");
        assertThat(first.select("[data-test=pagination] .govuk-pagination__item a").eachAttr("href"))
                .containsExactly("/programmes/7/cost-lines?page=1", "/programmes/7/cost-lines?page=2",
                        "/programmes/7/cost-lines?page=3");
        assertThat(first.select("[data-test=previous-page]")).isEmpty();
        assertThat(first.select("[data-test=next-page]").attr("href")).isEqualTo("/programmes/7/cost-lines?page=2");
        assertThat(first.select("[aria-current=page]").text()).isEqualTo("1");

        Document last = list("/programmes/7/cost-lines?page=3");
        assertThat(last.select("[data-test=cost-lines] tbody tr")).hasSize(10);
        assertThat(last.select("[data-test=showing]").text()).isEqualTo("Showing 51 to 60 of 60 cost lines.");
        assertThat(last.select("[data-test=next-page]")).isEmpty();
    }

    @Test
    void aPageNumberBeyondTheListOrNotANumberShowsTheNearestPage() throws Exception {
        givenSixtyLines();

        assertThat(list("/programmes/7/cost-lines?page=99").select("[aria-current=page]").text()).isEqualTo("3");
        assertThat(list("/programmes/7/cost-lines?page=0").select("[aria-current=page]").text()).isEqualTo("1");
        assertThat(list("/programmes/7/cost-lines?page=-4").select("[aria-current=page]").text()).isEqualTo("1");
        assertThat(list("/programmes/7/cost-lines?page=two").select("[aria-current=page]").text()).isEqualTo("1");
        assertThat(list("/programmes/7/cost-lines?page=99999999999999999999").select("[aria-current=page]").text())
                .isEqualTo("1");
        mvc.perform(get("/programmes/7/cost-lines?workstream=abc").with(as(SCRUTINY))).andExpect(status().isBadRequest());
        mvc.perform(get("/programmes/7/cost-lines?overspent=maybe").with(as(SCRUTINY))).andExpect(status().isBadRequest());
    }

    @Test
    void filtersByWorkstreamAndOverspendAndKeepsTheFiltersInThePageLinks() throws Exception {
        givenSixtyLines();

        Document workforce = list("/programmes/7/cost-lines?workstream=2&page=2");
        assertThat(workforce.select("[data-test=showing]").text()).isEqualTo("Showing 26 to 40 of 40 cost lines that match.");
        assertThat(workforce.select("[data-test=previous-page]").attr("href"))
                .isEqualTo("/programmes/7/cost-lines?workstream=2&page=1");
        assertThat(workforce.select("#workstream option[selected]").text()).isEqualTo("Workforce");

        Document overspent = list("/programmes/7/cost-lines?overspent=true");
        assertThat(overspent.select("[data-test=cost-lines] tbody tr")).hasSize(1);
        assertThat(overspent.select("#overspent[checked]")).hasSize(1);
        assertThat(overspent.select("[data-test=pagination]")).isEmpty();

        Document none = list("/programmes/7/cost-lines?workstream=404");
        assertThat(none.select("[data-test=no-match]").text()).startsWith("No cost lines match.");
        assertThat(none.select("[data-test=cost-lines], [data-test=empty]")).isEmpty();
    }

    /** Forty lines in workstream 2 and twenty in workstream 9, each with a budget of £100; line 1 overspent. */
    private void givenSixtyLines() {
        given(workstreams.of(7L)).willReturn(List.of(ProgrammeBuilder.workstream(2L, 7L, "Workforce"),
                ProgrammeBuilder.workstream(9L, 7L, "Systems")));
        List<org.tgov.budget.CostLineView> lines = new java.util.ArrayList<>();
        List<LineFigures> money = new java.util.ArrayList<>();
        for (long i = 1; i <= 60; i++) {
            lines.add(aCostLineView().id(i).code(String.format("L-%02d", i)).workstream(i <= 40 ? 2L : 9L).build());
            money.add(figures(i, 2022, 100, i == 1 ? 150 : 10, null));
        }
        given(costLines.of(7L)).willReturn(lines);
        given(figures.of(7L)).willReturn(money);
    }

    private Document list(String address) throws Exception {
        return page(mvc.perform(get(address).with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static LineFigures figures(Long line, int year, long budget, long actual, Integer forecast) {
        return new LineFigures(line, new FinancialYear(year), Money.pounds(budget), Money.pounds(actual), Money.ZERO,
                forecast == null ? null : Money.pounds(forecast));
    }
}
