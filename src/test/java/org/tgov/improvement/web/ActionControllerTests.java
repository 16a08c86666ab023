package org.tgov.improvement.web;

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
import static org.tgov.support.ActionViewBuilder.anAction;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.Instant;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.improvement.ActionDescriptions;
import org.tgov.improvement.ActionProgress;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.ProgressDetails;
import org.tgov.improvement.ProgressUpdateView;
import org.tgov.improvement.Rating;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** One action with its history and the progress update form, without a database. */
@WebMvcTest(ActionController.class)
@Import(WebSliceConfiguration.class)
class ActionControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ActionProgress actions;

    @MockitoBean
    ActionDescriptions descriptions;

    @MockitoBean
    ProgrammeManagement programmes;

    final ActionView action = anAction().id(41L, "A1").overdue().version(2).build();

    @BeforeEach
    void anOverdueActionWithTwoUpdates() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(actions.action(7L, 41L)).willReturn(action);
        given(descriptions.describe(eq(7L), any(ActionView.class))).willReturn(anAction().id(41L, "A1").overdue().described());
        given(actions.history(7L, 41L)).willReturn(List.of(
                new ProgressUpdateView(2L, 41L, LocalDate.of(2023, 2, 28), ActionStatus.IN_PROGRESS, Rating.AMBER, Rating.GREEN,
                        "Four starters", "https://example.org/report", "olivia.officer", Instant.parse("2023-02-28T10:00:00Z")),
                new ProgressUpdateView(1L, 41L, LocalDate.of(2023, 1, 31), ActionStatus.NOT_STARTED, Rating.RED, Rating.AMBER,
                        "Campaign designed", null, "olivia.officer", Instant.parse("2023-01-31T10:00:00Z"))));
    }

    @Test
    void showsTheActionOverdueWithItsHistoryLatestFirst() throws Exception {
        given(actions.mayUpdate(7L, 41L)).willReturn(false);
        Document page = page(mvc.perform(get("/programmes/7/actions/41").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andExpect(titleStartsWith("A1 Recruit permanent social workers – "))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=action] [data-test=overdue]").text()).isEqualTo("Overdue");
        assertThat(page.select("[data-test=history] tbody tr").eachText()).containsExactly(
                "28 February 2023 In progress Amber Green Four starters Evidence for the update of 28 February 2023 olivia.officer",
                "31 January 2023 Not started Red Amber Campaign designed None olivia.officer");
        assertThat(page.select("a").eachText()).doesNotContain("Record a progress update", "Change this action");
    }

    @Test
    void anOfficerWhoMayUpdateRecordsAnUpdate() throws Exception {
        given(actions.mayUpdate(7L, 41L)).willReturn(true);
        Document page = page(mvc.perform(get("/programmes/7/actions/41").with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("a").eachText()).contains("Record a progress update", "Change this action");
        assertThat(page.select("[data-test=change-action]").attr("href")).isEqualTo("/programmes/7/actions/41/edit");

        mvc.perform(get("/programmes/7/actions/41/progress").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(fieldHolds("version", "2"));
        mvc.perform(update(post("/programmes/7/actions/41/progress")).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/actions/41"));
        then(actions).should().record(7L, 41L, 2L, new ProgressDetails(LocalDate.of(2023, 3, 31), ActionStatus.COMPLETE,
                Rating.BLUE, Rating.GREEN, "Campaign complete", "https://example.org/evidence"));
    }

    @Test
    void chairsScrutinyAndOfficersOfOtherWorkstreamsMayNotRecordProgress() throws Exception {
        mvc.perform(get("/programmes/7/actions/41/progress").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(update(post("/programmes/7/actions/41/progress")).with(as(SCRUTINY))).andExpect(status().isForbidden());
        given(actions.mayUpdate(7L, 41L)).willReturn(false);
        mvc.perform(get("/programmes/7/actions/41/progress").with(as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(update(post("/programmes/7/actions/41/progress")).with(as(OFFICER))).andExpect(status().isForbidden());
        then(actions).should(never()).record(any(), any(), anyLong(), any());
    }

    @Test
    void refusalsMistakesAndStaleEditsAreShownOnTheForm() throws Exception {
        given(actions.mayUpdate(7L, 41L)).willReturn(true);
        willThrow(new Refused(List.of(Refusal.about("progress", "improvement.rating.blueNotComplete",
                FieldName.of("improvement.field.progress").atStart())))).given(actions).record(eq(7L), eq(41L), anyLong(), any());
        mvc.perform(update(post("/programmes/7/actions/41/progress")).with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Record a progress update on A1"))
                .andExpect(errorOn("progress", "Progress rating can be blue only when the action is complete or closed"));

        mvc.perform(post("/programmes/7/actions/41/progress").with(csrf()).with(as(OFFICER)).param("status", "DONE")
                        .param("recordedOn.day", "31").param("recordedOn.month", "13").param("recordedOn.year", "2023"))
                .andExpect(status().isOk())
                .andExpect(errorOn("recordedOn", "Date of the update must be a real date"))
                .andExpect(errorOn("status", "This answer could not be read. Choose again from the options on this page."));

        willThrow(new StaleEditException("record.action")).given(actions).record(eq(7L), eq(41L), anyLong(), any());
        Document stale = page(mvc.perform(update(post("/programmes/7/actions/41/progress")).with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale.select(".govuk-error-summary").text()).contains("This action was changed by someone else");
        assertThat(stale.select("[data-test=unsaved-changes]").text()).contains("Campaign complete");
    }

    private static MockHttpServletRequestBuilder update(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).param("recordedOn.day", "31").param("recordedOn.month", "3").param("recordedOn.year", "2023")
                .param("status", "COMPLETE").param("progress", "BLUE").param("impact", "GREEN")
                .param("commentary", "Campaign complete").param("evidenceLink", "https://example.org/evidence").param("version", "2");
    }
}
