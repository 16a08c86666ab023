package org.tgov.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.ChangeRequestViewBuilder.aChangeRequest;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;
import static org.tgov.support.FormPages.errorAtTop;
import static org.tgov.support.FormPages.errorInSummary;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.BOARD_MEMBER;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.LineFigures;
import org.tgov.identity.UserDirectory;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/**
 * A change request's pages without a database: what they show, who may submit, withdraw and decide,
 * and how each refusal reaches the page.
 */
@WebMvcTest(ChangeRequestController.class)
@Import({ WebSliceConfiguration.class, ChangeRequestPage.class })
class ChangeRequestControllerTests {

    static final FinancialYear Y2022 = new FinancialYear(2022);
    static final BodySummary RESOURCES_BOARD = new BodySummary(4L, "Resources Board", BodyType.RESOURCES_BOARD,
            Cadence.MONTHLY, CHAIR.getId(), null, 3, true);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ChangeRequestManagement changes;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    BodyManagement bodies;

    @MockitoBean
    UserDirectory people;

    @MockitoBean
    CostLineManagement costLines;

    @MockitoBean
    BudgetFigures figures;

    @BeforeEach
    void aProgrammeWithTwoCostLinesAndAResourcesBoardChairedByRita() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).build());
        given(costLines.of(7L)).willReturn(List.of(aCostLineView().id(11L).code("AG-1").build(),
                aCostLineView().id(12L).code("RC-1").name("Recruitment campaign").build()));
        given(figures.ofLines(any())).willReturn(List.of(
                new LineFigures(11L, Y2022, Money.pounds(1000), Money.ZERO, Money.ZERO, Money.pounds(900)),
                new LineFigures(12L, Y2022, Money.pounds(200), Money.ZERO, Money.ZERO, null)));
        given(bodies.decidingBody()).willReturn(Optional.of(RESOURCES_BOARD));
        given(bodies.sitsOn(4L, CHAIR.getId())).willReturn(true);
        given(people.displayNames(any())).willReturn(Map.of("olivia.officer", "Olivia Officer", "sam.submitter", "Sam Submitter"));
    }

    @Test
    void listsRequestsAwaitingDecisionApartFromTheOthersWithWhoDraftedThemByName() throws Exception {
        given(changes.of(7L)).willReturn(List.of(
                aChangeRequest().id(22L).titled("Recruitment drive").submittedBy("sam.submitter").build(),
                aChangeRequest().id(21L).change(11L, 2022, -500).change(12L, 2022, 500).build()));

        Document page = page(mvc.perform(get("/programmes/7/change-requests").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=awaiting] [data-test=change-request] td").eachText())
                .containsSequence("#22", "Recruitment drive", "Virement", "Awaiting decision", "£0.00", "Olivia Officer",
                        "2 September 2022 at 11:00am");
        assertThat(page.select("[data-test=others] [data-test=change-request] td").eachText())
                .containsSequence("#21", "Move agency budget", "Virement", "Draft");
        assertThat(page.select("[data-test=draft]")).as("no draft button for a reader").isEmpty();
    }

    @Test
    void showsADraftWithEachLinesBudgetNowAndAfterAndWhatStopsItBeingSubmitted() throws Exception {
        given(changes.get(21L)).willReturn(aChangeRequest().change(11L, 2022, -500).change(12L, 2022, 400).build());
        given(changes.problems(21L)).willReturn(List.of(Refusal.about("lines", "changeRequest.virement.netZero",
                Money.pounds(-100))));

        Document page = page(mvc.perform(get("/change-requests/21").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Change request #21 – Children's services transformation"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=line]").get(0).select("td").eachText())
                .containsExactly("AG-1 Agency social workers", "2022/23", "−£500.00", "£1,000.00", "£500.00", "£900.00");
        assertThat(page.select("[data-test=line]").get(1).select("td").eachText())
                .containsExactly("RC-1 Recruitment campaign", "2022/23", "£400.00", "£200.00", "£600.00", "£200.00");
        assertThat(page.select("[data-test=summary]").text()).contains("By Olivia Officer on 1 September 2022 at 10:00am",
                "Submitted to Resources Board Not submitted");
        assertThat(page.select("[data-test=draft-problems] li").eachText()).containsExactly("A virement must net to zero: "
                + "its lines add up to −£100.00. Take from one cost line exactly what you give to the others.");
        assertThat(page.select("[data-test=submit]").text()).isEqualTo("Submit to Resources Board");
    }

    @Test
    void readersMayNotSubmitOrWithdrawAndAreNotOfferedTo() throws Exception {
        given(changes.get(21L)).willReturn(aChangeRequest().build());

        Document page = page(mvc.perform(get("/change-requests/21").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/change-requests/21/submit").with(csrf()).with(as(SCRUTINY)).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/change-requests/21/withdraw").with(csrf()).with(as(SCRUTINY)).param("version", "0"))
                .andExpect(status().isForbidden());

        assertThat(page.select("[data-test=submit], [data-test=withdraw], [data-test=edit]")).isEmpty();
        then(changes).should(never()).submit(any(), anyLong());
        then(changes).should(never()).withdraw(any(), anyLong());
    }

    @Test
    void aRefusedSubmissionIsShownOnTheRequestInItsOwnWords() throws Exception {
        given(changes.get(21L)).willReturn(aChangeRequest().change(11L, 2022, -500).build());
        willThrow(new Refused(List.of(
                Refusal.about("lines", "changeRequest.virement.twoLines"),
                Refusal.about("lines", "changeRequest.budget.belowZero", Y2022, "AG-1 Agency social workers", Money.pounds(-100)))))
                .given(changes).submit(21L, 0L);

        mvc.perform(post("/change-requests/21/submit").with(csrf()).with(as(OFFICER)).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Change request #21"))
                .andExpect(errorAtTop("A virement moves budget between at least two cost lines"))
                .andExpect(errorAtTop("This would take the 2022/23 budget of AG-1 Agency social workers to −£100.00. "
                        + "A budget cannot go below £0."));
    }

    @Test
    void aSubmissionFromAStalePageSaysSoAndShowsTheRequestAsItIsSaved() throws Exception {
        given(changes.get(21L)).willReturn(aChangeRequest().titled("Saved title").submittedBy("sam.submitter").version(2).build());
        willThrow(new StaleEditException("record.changeRequest")).given(changes).withdraw(21L, 1L);

        Document page = page(mvc.perform(post("/change-requests/21/withdraw").with(csrf()).with(as(OFFICER)).param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(errorAtTop("This change request was changed by someone else while you were editing it. "
                        + "Your changes have not been saved."))
                .andExpect(errorAtTop("The page now shows the change request as it is saved."))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Change request #21: Saved title");
        assertThat(page.select("[data-test=submitted]").text()).isEqualTo("By Sam Submitter on 2 September 2022 at 11:00am");
        assertThat(page.select("form:has([data-test=withdraw]) input[name=version]").val()).isEqualTo("2");
    }

    @Test
    void aMemberOfTheDecidingBodyRecordsTheDecisionAtAMeeting() throws Exception {
        given(changes.get(21L)).willReturn(aChangeRequest().submittedBy("sam.submitter").version(3).build());

        Document page = page(mvc.perform(get("/change-requests/21").with(as(CHAIR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        mvc.perform(decision("APPROVE", "12").with(as(CHAIR)))
                .andExpect(redirectedUrl("/change-requests/21"))
                .andExpect(flash().attribute("success",
                        "Change request #21 approved. The budgets of its cost lines have been updated."));

        assertThat(page.select("[data-test=decision-form]")).hasSize(1);
        assertThat(page.select("#decision").text()).isEqualTo("Record the decision of Resources Board");
        then(changes).should().decide(21L, 3L, true, LocalDate.of(2022, 9, 12), "RB/22/14", "", CHAIR);
    }

    @Test
    void theDecisionsMistakesAndTheRulesRefusalsAreShownOnItsFields() throws Exception {
        given(changes.get(21L)).willReturn(aChangeRequest().submittedBy("sam.submitter").version(3).build());
        willThrow(new Refused(Refusal.about("meetingDate", "changeRequest.decide.meetingDate.beforeSubmission",
                "2 September 2022"))).given(changes).decide(eq(21L), anyLong(), anyBoolean(), eq(LocalDate.of(2022, 9, 1)),
                any(), any(), any());

        mvc.perform(post("/change-requests/21/decision").with(csrf()).with(as(CHAIR))
                        .param("meetingDate.day", "31").param("meetingDate.month", "2").param("meetingDate.year", "2022")
                        .param("minuteReference", "RB/22/14").param("version", "three"))
                .andExpect(status().isOk())
                .andExpect(errorOn("outcome", "Select whether the change request was approved or rejected"))
                .andExpect(errorOn("meetingDate", "Date of the meeting must be a real date"))
                .andExpect(errorInSummary("This form was out of date or changed. Open the page again and make your changes."))
                .andExpect(fieldHolds("meetingDate.day", "31"));
        then(changes).should(never()).decide(any(), anyLong(), anyBoolean(), any(), any(), any(), any());

        mvc.perform(decision("REJECT", "1").with(as(CHAIR)))
                .andExpect(status().isOk())
                .andExpect(errorOn("meetingDate", "The meeting must be on or after 2 September 2022, when the request was submitted"))
                .andExpect(fieldHolds("minuteReference", "RB/22/14"));
    }

    @Test
    void someoneNotOnTheDecidingBodyIsToldWhoDecidesWhateverTheySent() throws Exception {
        given(changes.get(21L)).willReturn(aChangeRequest().submittedBy("sam.submitter").version(3).build());
        willThrow(new Refused(Refusal.of("changeRequest.decide.notOnBody", "Resources Board"))).given(changes)
                .decide(eq(21L), anyLong(), anyBoolean(), any(), any(), any(), eq(BOARD_MEMBER));

        Document page = page(mvc.perform(post("/change-requests/21/decision").with(csrf()).with(as(BOARD_MEMBER))
                        .param("outcome", "APPROVE"))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Change request #21"))
                .andExpect(errorAtTop("Only the chair or members of Resources Board can decide change requests"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=decision-form]")).as("no form for someone who cannot decide").isEmpty();
    }

    private static MockHttpServletRequestBuilder decision(String outcome, String day) {
        return post("/change-requests/21/decision").with(csrf()).param("outcome", outcome)
                .param("meetingDate.day", day).param("meetingDate.month", "9").param("meetingDate.year", "2022")
                .param("minuteReference", "RB/22/14").param("version", "3");
    }
}
