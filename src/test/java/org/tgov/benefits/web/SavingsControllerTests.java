package org.tgov.benefits.web;

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
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SavingsTargetViewBuilder.aSavingsTarget;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.benefits.Confidence;
import org.tgov.benefits.SavingsManagement;
import org.tgov.benefits.SavingsTargetDetails;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The savings pages without a database: targets and yearly totals, who may change them, and every kind of "no". */
@WebMvcTest(SavingsController.class)
@Import(WebSliceConfiguration.class)
class SavingsControllerTests {

    static final FinancialYear Y2022 = new FinancialYear(2022);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SavingsManagement savings;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    WorkstreamManagement workstreams;

    @BeforeEach
    void aProgrammeWithAWorkstream() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(workstreams.of(7L)).willReturn(List.of(ProgrammeBuilder.workstream(2L, 7L, "Workforce")));
    }

    @Test
    void listsTargetsWithPlannedAgainstDeliveredByYearAndCashableSavings() throws Exception {
        given(savings.targets(7L)).willReturn(List.of(
                aSavingsTarget().id(31L).in(2022).planned(50_000).delivered(20_000).build(),
                aSavingsTarget().id(32L).in(2022).described("Shared admin").planned(10_000).delivered(10_000).notCashable().build(),
                aSavingsTarget().id(33L).in(2023).planned(80_000).build()));

        Document page = page(mvc.perform(get("/programmes/7/savings").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=savings-by-year] tbody tr").eachText()).containsExactly(
                "2022/23 £60,000.00 £30,000.00 £30,000.00 £20,000.00",
                "2023/24 £80,000.00 £0.00 £80,000.00 £0.00",
                "Total £140,000.00 £30,000.00 £110,000.00 £20,000.00");
        assertThat(page.select("[data-test=targets] tbody tr").get(1).text())
                .isEqualTo("2022/23 Workforce Shared admin £10,000.00 £10,000.00 No Medium None recorded");
        assertThat(page.select("[data-test=targets] a")).as("no change links for a reader").isEmpty();
    }

    @Test
    void saysSoWhenNoTargetsHaveBeenSetAndOffersToAddOneToEditors() throws Exception {
        Document forOfficer = page(mvc.perform(get("/programmes/7/savings").with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Document forReader = page(mvc.perform(get("/programmes/7/savings").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(forOfficer.select("[data-test=empty]").text()).isEqualTo("No savings targets have been set for this programme yet.");
        assertThat(forOfficer.select("a").eachText()).contains("Add a savings target");
        assertThat(forReader.select("a").eachText()).doesNotContain("Add a savings target");
    }

    @Test
    void readersMayNotAddOrChangeTargets() throws Exception {
        mvc.perform(get("/programmes/7/savings/new").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(target(post("/programmes/7/savings"), "Fewer agency placements").with(as(SCRUTINY)))
                .andExpect(status().isForbidden());
        mvc.perform(target(post("/programmes/7/savings/31"), "Fewer agency placements").with(as(SCRUTINY)))
                .andExpect(status().isForbidden());

        then(savings).should(never()).create(any(), any());
        then(savings).should(never()).update(any(), any(), anyLong(), any());
    }

    @Test
    void savesATargetForOneOfTheProgrammesYears() throws Exception {
        mvc.perform(target(post("/programmes/7/savings"), "Fewer agency placements").with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/savings"));

        then(savings).should().create(7L, new SavingsTargetDetails(2L, Y2022, "Fewer agency placements",
                Money.pounds(50_000), Money.ZERO, true, "", Confidence.HIGH));
    }

    @Test
    void refusalsFromTheRulesAreShownOnTheirFieldsInTheirOwnWords() throws Exception {
        given(savings.create(eq(7L), any())).willThrow(new Refused(List.of(
                Refusal.about("workstreamId", "workstream.otherProgramme"),
                Refusal.about("planned", "amount.notNegative", FieldName.of("savings.field.planned").atStart()))));

        mvc.perform(target(post("/programmes/7/savings"), "Fewer agency placements").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Add a savings target"))
                .andExpect(errorOn("workstreamId", "Choose one of this programme's workstreams"))
                .andExpect(errorOn("planned", "Planned saving must be £0 or more"))
                .andExpect(fieldHolds("planned", "50,000"));
    }

    @Test
    void aStaleEditShowsTheSavedTargetBesideTheUnsavedChanges() throws Exception {
        given(savings.get(7L, 31L)).willReturn(aSavingsTarget().id(31L).described("Saved saving").planned(45_000).version(2).build());
        willThrow(new StaleEditException("record.savingsTarget")).given(savings).update(eq(7L), eq(31L), anyLong(), any());

        Document page = page(mvc.perform(target(post("/programmes/7/savings/31"), "My unsaved saving").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Change a savings target"))
                .andExpect(fieldHolds("description", "Saved saving"))
                .andExpect(fieldHolds("planned", "45000.00"))
                .andExpect(fieldHolds("version", "2"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary").text())
                .contains("This savings target was changed by someone else while you were editing it.");
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("My unsaved saving", "50,000");
    }

    @Test
    void mistakesAreShownOnTheirFieldsAsTypedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/programmes/7/savings").with(csrf()).with(as(OFFICER))
                        .param("workstreamId", "2").param("financialYear", "1999").param("description", "")
                        .param("planned", "fifty").param("delivered", "1.234").param("cashable", "perhaps")
                        .param("confidence", "CERTAIN"))
                .andExpect(status().isOk())
                .andExpect(errorOn("financialYear", "Select one of the programme's financial years"))
                .andExpect(errorOn("description", "Describe the saving"))
                .andExpect(errorOn("planned", "Planned saving must be a number of pounds and pence, like 1250.00"))
                .andExpect(errorOn("delivered", "Delivered saving must not have more than 2 decimal places"))
                .andExpect(errorOn("cashable", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(errorOn("confidence", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(fieldHolds("planned", "fifty"));
        mvc.perform(post("/programmes/7/savings").with(csrf()).with(as(OFFICER)).param("description", "").param("planned", ""))
                .andExpect(status().isOk())
                .andExpect(errorOn("workstreamId", "Select the workstream"))
                .andExpect(errorOn("financialYear", "Select the financial year"))
                .andExpect(errorOn("planned", "Enter the planned saving"))
                .andExpect(errorOn("cashable", "Select yes if the saving is cashable"))
                .andExpect(errorOn("confidence", "Select how confident you are that the saving will be delivered"));

        then(savings).should(never()).create(any(), any());
    }

    private static MockHttpServletRequestBuilder target(MockHttpServletRequestBuilder request, String description) {
        return request.with(csrf()).param("workstreamId", "2").param("financialYear", "2022").param("description", description)
                .param("planned", "50,000").param("delivered", "").param("cashable", "true").param("confidence", "HIGH")
                .param("evidence", "").param("version", "1");
    }
}
