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
import static org.tgov.support.ChangeRequestViewBuilder.aChangeRequest;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
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
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.CostLineManagement;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** Drafting and revising a change request without a database: the rows it offers, who may draft, and every kind of "no". */
@WebMvcTest(ChangeRequestFormController.class)
@Import(WebSliceConfiguration.class)
class ChangeRequestFormControllerTests {

    static final FinancialYear Y2022 = new FinancialYear(2022);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ChangeRequestManagement changes;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    CostLineManagement costLines;

    @BeforeEach
    void aProgrammeOfThreeYearsWithTwoCostLines() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(costLines.of(7L)).willReturn(List.of(aCostLineView().id(11L).code("AG-1").build(),
                aCostLineView().id(12L).code("RC-1").name("Recruitment campaign").build()));
    }

    @Test
    void offersTheProgrammesCostLinesAndYearsInBlankRows() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/change-requests/new").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Draft a change request"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("select[name$=costLineId]")).hasSize(ChangeRequestForm.ROWS);
        assertThat(page.select("select[name=lines[0].costLineId] option").eachText())
                .containsExactly("Choose a cost line", "AG-1 Agency social workers", "RC-1 Recruitment campaign");
        assertThat(page.select("select[name=lines[0].year] option").eachText())
                .containsExactly("Choose a year", "2021/22", "2022/23", "2023/24");
        assertThat(page.select("input[name=type] + label").eachText()).containsExactly("Budget increase", "Virement",
                "Re-profiling", "Scope change");
    }

    @Test
    void onlyADraftIsChangedAndOnlyByThoseWhoMayDraft() throws Exception {
        given(changes.get(21L)).willReturn(aChangeRequest().submittedBy("olivia.officer").build());

        mvc.perform(get("/change-requests/21/edit").with(as(OFFICER))).andExpect(redirectedUrl("/change-requests/21"));
        mvc.perform(get("/programmes/7/change-requests/new").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(request(post("/programmes/7/change-requests"), "Move budget").with(as(SCRUTINY)))
                .andExpect(status().isForbidden());
        mvc.perform(request(post("/change-requests/21"), "Move budget").with(as(SCRUTINY))).andExpect(status().isForbidden());

        then(changes).should(never()).draft(any(), any(), any(), any(), any());
        then(changes).should(never()).revise(any(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void savesTheRowsFilledInAsBudgetChangesAndIgnoresBlankOnes() throws Exception {
        given(changes.draft(eq(7L), any(), any(), any(), any())).willReturn(21L);

        mvc.perform(request(post("/programmes/7/change-requests"), "Move budget").with(as(OFFICER)))
                .andExpect(redirectedUrl("/change-requests/21"));

        then(changes).should().draft(7L, ChangeRequestType.VIREMENT, "Move budget", "Agency rates fell", List.of(
                new BudgetChange(11L, Y2022, Money.pounds(-120_000)), new BudgetChange(12L, Y2022, Money.pounds(120_000))));
    }

    @Test
    void refusalsFromTheRulesAreShownOnTheirFieldsInTheirOwnWords() throws Exception {
        given(changes.draft(eq(7L), any(), any(), any(), any())).willThrow(new Refused(List.of(
                Refusal.about("lines", "changeRequest.lines.otherProgramme"),
                Refusal.about("rationale", "changeRequest.rationale.required"))));

        mvc.perform(request(post("/programmes/7/change-requests"), "Move budget").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Draft a change request"))
                .andExpect(errorOn("lines", "Choose cost lines of this programme"))
                .andExpect(errorOn("rationale", "Explain why the change is needed"))
                .andExpect(fieldHolds("lines[0].amount", "-120,000"));
    }

    @Test
    void aStaleRevisionShowsTheSavedDraftBesideTheUnsavedOne() throws Exception {
        given(changes.get(21L)).willReturn(aChangeRequest().titled("Saved title").change(11L, 2022, -5).change(12L, 2022, 5)
                .version(2).build());
        willThrow(new StaleEditException("record.changeRequest")).given(changes)
                .revise(eq(21L), anyLong(), any(), any(), any(), any());

        Document page = page(mvc.perform(request(post("/change-requests/21"), "My unsaved title").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Change draft change request #21"))
                .andExpect(fieldHolds("title", "Saved title"))
                .andExpect(fieldHolds("lines[0].amount", "-5.00"))
                .andExpect(fieldHolds("version", "2"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select(".govuk-error-summary").text())
                .contains("This change request was changed by someone else while you were editing it.");
        assertThat(page.select("[data-test=unsaved-changes]").text())
                .contains("My unsaved title", "AG-1 Agency social workers, 2022/23, -120,000");
    }

    @Test
    void mistakesInTheRowsAreShownOnTheirFieldsAsTypedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/programmes/7/change-requests").with(csrf()).with(as(OFFICER))
                        .param("type", "VIREMENT").param("title", "Move budget").param("rationale", "Why")
                        .param("lines[0].amount", "a lot")
                        .param("lines[1].costLineId", "11").param("lines[1].year", "1999").param("lines[1].amount", "5")
                        .param("lines[2].costLineId", "not-a-line").param("lines[2].year", "2022").param("lines[2].amount", "5"))
                .andExpect(status().isOk())
                .andExpect(errorOn("lines[0].costLineId", "Select the cost line for line 1"))
                .andExpect(errorOn("lines[0].year", "Select the financial year for line 1"))
                .andExpect(errorOn("lines[0].amount", "Amount for line 1 must be a number of pounds and pence, like 1250.00"))
                .andExpect(errorOn("lines[1].year", "Select the financial year for line 2"))
                .andExpect(errorOn("lines[2].costLineId", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(fieldHolds("lines[0].amount", "a lot"));

        then(changes).should(never()).draft(any(), any(), any(), any(), any());
    }

    @Test
    void aLineFarBeyondTheFormsRowsIsARequestThatCannotBeReadNotAFailure() throws Exception {
        mvc.perform(request(post("/programmes/7/change-requests"), "Move budget").param("lines[5000].amount", "5")
                        .with(as(OFFICER)))
                .andExpect(status().isBadRequest());

        then(changes).should(never()).draft(any(), any(), any(), any(), any());
    }

    private static MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder request, String title) {
        return request.with(csrf()).param("type", "VIREMENT").param("title", title).param("rationale", "Agency rates fell")
                .param("lines[0].costLineId", "11").param("lines[0].year", "2022").param("lines[0].amount", "-120,000")
                .param("lines[1].costLineId", "").param("lines[1].year", "").param("lines[1].amount", "")
                .param("lines[2].costLineId", "12").param("lines[2].year", "2022").param("lines[2].amount", "120000")
                .param("version", "1");
    }
}
