package org.tgov.funding.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.DecisionViewBuilder.aDecision;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.PLATFORM;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.StreamViewBuilder.aStream;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.FundingStreamType;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The funding page without a database: streams by year, decisions with their tranches, and who sees what. */
@WebMvcTest(FundingController.class)
@Import(WebSliceConfiguration.class)
class FundingControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    FundingFacts funding;

    @BeforeEach
    void aProgrammeOfThreeYears() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
    }

    @Test
    void showsEachStreamByYearWithTotalsAndWhatEachDecisionHasReleasedByToday() throws Exception {
        given(funding.streams(7L)).willReturn(List.of(
                aStream().id(3L).named("Reserve").amount(2022, 2000).build(),
                aStream().id(4L).named("DfE grant").type(FundingStreamType.GRANT).amount(2022, 500).amount(2023, 1500).build()));
        given(funding.decisions(7L)).willReturn(List.of(aDecision().amount(1000, 3L)
                .tranche(41L, "Tranche 1", 600, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 1))
                .tranche(42L, "Tranche 2", 300, LocalDate.of(2022, 10, 1), null).build()));

        Document page = page(mvc.perform(get("/programmes/7/funding").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Funding – Children's services transformation"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=streams] thead th").eachText())
                .containsSequence("2021/22", "2022/23", "2023/24", "Total");
        assertThat(page.select("[data-test=streams] tbody tr").get(1).select("td").eachText())
                .containsExactly("Grant", "£0.00", "£500.00", "£1,500.00", "£2,000.00");
        assertThat(page.select("[data-test=streams-total]").text()).isEqualTo("£4,000.00");
        assertThat(page.select("[data-test=decision] h3").text()).isEqualTo("CAB-1 – Cabinet");
        assertThat(page.select("[data-test=released]").text()).isEqualTo("£600.00 of £1,000.00 As at 15 September 2022");
        assertThat(page.select("[data-test=tranches]").text()).contains("Tranche 2", "1 October 2022", "Not released",
                "£100.00 not yet in a tranche");
    }

    @Test
    void readersSeeTheFiguresWithoutTheButtonsToChangeThem() throws Exception {
        given(funding.streams(7L)).willReturn(List.of(aStream().amount(2022, 2000).build()));
        given(funding.decisions(7L)).willReturn(List.of(aDecision()
                .tranche(41L, "Tranche 1", 600, LocalDate.of(2022, 4, 1), null).build()));

        Document forReader = page(mvc.perform(get("/programmes/7/funding").with(as(SCRUTINY)))
                .andReturn().getResponse().getContentAsString());
        Document forOfficer = page(mvc.perform(get("/programmes/7/funding").with(as(OFFICER)))
                .andReturn().getResponse().getContentAsString());

        assertThat(forReader.select("a").eachText()).doesNotContain("Add a funding stream", "Add a funding decision")
                .noneMatch(text -> text.startsWith("Record release") || text.startsWith("Change"));
        assertThat(forOfficer.select("a").eachText()).contains("Add a funding stream", "Add a funding decision",
                "Record release of Tranche 1");
    }

    @Test
    void saysSoWhenThereIsNoFundingYet() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/funding").with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=no-streams]").text()).startsWith("This programme has no funding streams yet.");
        assertThat(page.select("[data-test=no-decisions]").text()).startsWith("This programme has no funding decisions yet.");
    }

    @Test
    void onlyPeopleOfAnOrganisationSeeItsFunding() throws Exception {
        given(programmes.get(8L)).willThrow(new NotFoundException("Programme"));

        mvc.perform(get("/programmes/7/funding").with(as(PLATFORM))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/8/funding").with(as(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/seven/funding").with(as(OFFICER))).andExpect(status().isBadRequest());

        then(funding).shouldHaveNoInteractions();
    }
}
