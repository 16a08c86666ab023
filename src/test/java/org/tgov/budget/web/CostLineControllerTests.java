package org.tgov.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.CostLineDetailsBuilder.aCostLine;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;
import static org.tgov.support.DecisionViewBuilder.aDecision;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SavingsTargetViewBuilder.aSavingsTarget;
import static org.tgov.support.SignedInUsers.FINANCE;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.StreamViewBuilder.aStream;
import static org.tgov.support.TestData.as;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.benefits.SavingsManagement;
import org.tgov.budget.CostLineManagement;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.FundingStreamType;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The cost line form without a database: what it offers, who may use it, and every kind of "no". */
@WebMvcTest(CostLineController.class)
@Import({ WebSliceConfiguration.class, CostLineChoices.class })
class CostLineControllerTests {

    static final FinancialYear Y2022 = new FinancialYear(2022);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CostLineManagement costLines;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    WorkstreamManagement workstreams;

    @MockitoBean
    FundingFacts funding;

    @MockitoBean
    SavingsManagement savings;

    @BeforeEach
    void aProgrammeWithAWorkstreamOneStreamADecisionAndASavingsTarget() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(workstreams.of(7L)).willReturn(List.of(ProgrammeBuilder.workstream(2L, 7L, "Workforce")));
        given(funding.streams(7L)).willReturn(List.of(aStream().id(3L).named("Capital receipts")
                .type(FundingStreamType.CAPITAL_RECEIPTS).build()));
        given(funding.decisions(7L)).willReturn(List.of(aDecision().id(5L).build()));
        given(savings.targets(7L)).willReturn(List.of(aSavingsTarget().id(31L).build()));
    }

    @Test
    void offersTheProgrammesChoicesAndPutsEveryYearOnItsOnlyStream() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/cost-lines/new").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Add a cost line – Children's services transformation"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("select[name=workstreamId] option").eachText()).containsExactly("Select a workstream", "Workforce");
        assertThat(page.select("select[name=fundingDecisionId] option").eachText())
                .contains("CAB-1: Cabinet, 31 March 2022, £1,000.00");
        assertThat(page.select("input[name=savingsTargetIds] + label").eachText()).containsExactly("2022/23: Fewer agency placements");
        for (int year = 2021; year <= 2023; year++) {
            assertThat(page.select("select[name=streams[" + year + "]] option[selected]").text()).isEqualTo(
                    "Capital receipts (Flexible use of capital receipts)");
        }
    }

    @Test
    void readersMayNotAddOrChangeCostLines() throws Exception {
        mvc.perform(get("/programmes/7/cost-lines/new").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(costLine(post("/programmes/7/cost-lines")).with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(costLine(post("/cost-lines/11")).with(as(SCRUTINY))).andExpect(status().isForbidden());

        then(costLines).shouldHaveNoInteractions();
    }

    @Test
    void savesTheLineWithItsStreamAndOriginalBudgetForEachYear() throws Exception {
        given(costLines.create(eq(7L), any(), any())).willReturn(11L);

        mvc.perform(costLine(post("/programmes/7/cost-lines")).with(as(FINANCE)))
                .andExpect(redirectedUrl("/cost-lines/11"));

        then(costLines).should().create(7L, aCostLine().workstream(2L).code("AG-1").name("Agency social workers")
                        .transformation().fundedBy(3L, 2022).delivering(31L).fte("2.50").build(),
                Map.of(new FinancialYear(2021), Money.ZERO, Y2022, Money.parse("1250.50"), new FinancialYear(2023), Money.ZERO));
    }

    @Test
    void refusalsFromTheCostLineRulesAreShownOnTheirFieldsInTheirOwnWords() throws Exception {
        given(costLines.create(eq(7L), any(), any())).willThrow(new Refused(List.of(
                Refusal.about("code", "costLine.code.taken", "AG-1"),
                Refusal.about("expenditureType", "budget.capitalReceipts.transformationOnly", Y2022),
                Refusal.about("savingsTargetIds", "budget.capitalReceipts.savingsRequired", Y2022))));

        mvc.perform(costLine(post("/programmes/7/cost-lines")).with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Add a cost line"))
                .andExpect(errorOn("code", "This programme already has a cost line with code AG-1"))
                .andExpect(errorOn("expenditureType", "In 2022/23 this cost line is funded by flexible use of capital "
                        + "receipts, so it must be transformation spend: capital receipts cannot fund improvement or business as usual"))
                .andExpect(errorOn("savingsTargetIds", "In 2022/23 this cost line is funded by flexible use of capital "
                        + "receipts, so it must be linked to the savings it is designed to deliver"))
                .andExpect(fieldHolds("budget[2022]", "£1,250.50"));
    }

    @Test
    void capitalReceiptsWithoutASavingsTargetToLinkAreRefusedBesideTheMissingTargets() throws Exception {
        given(savings.targets(7L)).willReturn(List.of());
        given(costLines.create(eq(7L), any(), any())).willThrow(new Refused(
                Refusal.about("savingsTargetIds", "budget.capitalReceipts.savingsRequired", Y2022)));

        mvc.perform(costLine(post("/programmes/7/cost-lines")).with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorOn("savingsTargetIds", "In 2022/23 this cost line is funded by flexible use of capital "
                        + "receipts, so it must be linked to the savings it is designed to deliver"));
    }

    @Test
    void aStaleEditShowsTheSavedLineBesideTheUnsavedChanges() throws Exception {
        given(costLines.get(11L)).willReturn(aCostLineView().name("Agency social workers (saved)").fundedBy(3L, 2022).version(4).build());
        given(costLines.originalBudget(11L)).willReturn(Map.of(Y2022, Money.pounds(1000)));
        willThrow(new StaleEditException("record.costLine")).given(costLines).update(eq(11L), anyLong(), any(), any());

        Document page = page(mvc.perform(costLine(post("/cost-lines/11"), "My unsaved name").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Change cost line AG-1"))
                .andExpect(fieldHolds("name", "Agency social workers (saved)"))
                .andExpect(fieldHolds("budget[2022]", "1000.00"))
                .andExpect(fieldHolds("version", "4"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary").text())
                .contains("This cost line was changed by someone else while you were editing it.");
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("My unsaved name", "£1,250.50");
    }

    @Test
    void mistakesAreShownOnTheirFieldsAsTypedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/programmes/7/cost-lines").with(csrf()).with(as(FINANCE))
                        .param("workstreamId", "2").param("code", "AG 1!").param("name", "").param("category", "AGENCY_STAFF")
                        .param("expenditureType", "IMPROVEMENT").param("fte", "1e3")
                        .param("streams[2022]", "not-a-stream").param("budget[2022]", "-5").param("budget[2023]", "twelve"))
                .andExpect(status().isOk())
                .andExpect(errorOn("code", "Code must be up to 40 letters, numbers, full stops, hyphens, slashes or underscores"))
                .andExpect(errorOn("name", "Enter what the cost line pays for"))
                .andExpect(errorOn("fte", "FTE must be a number, like 12.5"))
                .andExpect(errorOn("streams[2022]", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(errorOn("budget[2022]", "Budget for 2022/23 must be £0 or more"))
                .andExpect(errorOn("budget[2023]", "Budget for 2023/24 must be a number of pounds and pence, like 1250.00"))
                .andExpect(fieldHolds("code", "AG 1!"));

        then(costLines).should(never()).create(any(), any(), any());
    }

    private static MockHttpServletRequestBuilder costLine(MockHttpServletRequestBuilder request) {
        return costLine(request, "Agency social workers");
    }

    private static MockHttpServletRequestBuilder costLine(MockHttpServletRequestBuilder request, String name) {
        return request.with(csrf()).param("workstreamId", "2").param("code", "ag-1").param("name", name)
                .param("category", "AGENCY_STAFF").param("expenditureType", "TRANSFORMATION").param("fte", "2.5")
                .param("streams[2022]", "3").param("budget[2022]", "£1,250.50").param("savingsTargetIds", "31")
                .param("_savingsTargetIds", "on").param("version", "3");
    }
}
