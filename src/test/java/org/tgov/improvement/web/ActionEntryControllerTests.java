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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.ActionViewBuilder.anAction;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.InterventionViewBuilder.aNotice;
import static org.tgov.support.SignedInUsers.ADMIN;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.identity.UserDirectory;
import org.tgov.identity.UserSummary;
import org.tgov.improvement.ActionEditing;
import org.tgov.improvement.ActionProgress;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InspectionType;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.NewAction;
import org.tgov.improvement.PlanManagement;
import org.tgov.improvement.PlanStatus;
import org.tgov.improvement.PlanView;
import org.tgov.improvement.PriorityAreaView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.EntityIds;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The forms that add an action to the plan and change one, without a database. */
@WebMvcTest(ActionEntryController.class)
@Import({WebSliceConfiguration.class, ActionChoices.class})
class ActionEntryControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ActionEditing editing;

    @MockitoBean
    ActionProgress actions;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    PlanManagement plans;

    @MockitoBean
    WorkstreamManagement workstreams;

    @MockitoBean
    UserDirectory users;

    @MockitoBean
    InspectionManagement inspections;

    @MockitoBean
    InterventionManagement interventions;

    final NewAction recruit = new NewAction(3L, 11L, 21L, "A12", "Recruit permanent social workers", 2L, LocalDate.of(2024, 3, 31),
            null, 61L, null);

    @BeforeEach
    void aProgrammeWithItsPlanAndChoices() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(plans.plans(7L)).willReturn(List.of(new PlanView(3L, "Post-inspection action plan", "December 2022",
                PlanStatus.SUBMITTED, "Cabinet", LocalDate.of(2022, 12, 15), LocalDate.of(2022, 12, 20))));
        given(plans.priorityAreas(7L)).willReturn(List.of(new PriorityAreaView(11L, "Workforce", 1)));
        Workstream workforce = EntityIds.withId(new Workstream(7L, "Workforce", null, null), 21L);
        given(workstreams.of(7L)).willReturn(List.of(workforce));
        given(users.activeUsers()).willReturn(List.of(new UserSummary(2L, "olivia.officer", "Olivia Officer", true),
                new UserSummary(1L, "ada.admin", "Ada Admin", true)));
        given(users.find(Set.of(9L))).willReturn(Map.of(9L, new UserSummary(9L, "left.council", "Lee Left", false)));
        given(inspections.inspections(7L)).willReturn(List.of(new InspectionView(5L, InspectionType.ILACS, "ILACS 2022",
                LocalDate.of(2022, 10, 1), null, List.of(), null,
                List.of(new InspectionView.RecommendationView(61L, 1, "Improve supervision", 0)), false, 0)));
        given(interventions.interventions(7L)).willReturn(List.of(aNotice()
                .requiring(51L, "Appoint an Improvement Adviser", Compliance.COMPLIANT).build()));
        given(actions.action(7L, 41L)).willReturn(anAction().id(41L, "A1").version(2).build());
    }

    @Test
    void theFormOffersTheProgrammesOwnChoicesAndPeopleByName() throws Exception {
        Document form = page(mvc.perform(get("/programmes/7/actions/new").with(as(OFFICER)))
                .andExpect(status().isOk()).andExpect(titleStartsWith("Add an action – "))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select(".govuk-breadcrumbs a").eachText()).contains("Actions");
        assertThat(form.select("#ownerUserId option").eachText()).containsExactly("Choose a person", "Olivia Officer", "Ada Admin");
        assertThat(form.select("#answers option").eachAttr("value")).containsExactly("", "recommendation:61", "requirement:51");
        assertThat(form.select("#answers optgroup").eachAttr("label"))
                .containsExactly("Recommendations of ILACS 2022", "Requirements of Non-statutory improvement notice");
        assertThat(form.select("#planId option").eachText()).contains("Post-inspection action plan – December 2022");
        assertThat(form.select("[data-test=missing-choices]")).isEmpty();
    }

    @Test
    void officersAndAdministratorsAddActionsAndReadersMayNot() throws Exception {
        mvc.perform(get("/programmes/7/actions/new").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(filled(post("/programmes/7/actions/new")).with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(filled(post("/programmes/7/actions/41/edit")).with(as(CHAIR))).andExpect(status().isForbidden());
        then(editing).should(never()).add(any(), any());
        then(editing).should(never()).change(any(), any(), anyLong(), any());

        given(editing.add(7L, recruit)).willReturn(42L);
        mvc.perform(filled(post("/programmes/7/actions/new")).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/actions/42"))
                .andExpect(flash().attribute("success", "Action A12 added"));
    }

    @Test
    void mistakesAndRefusalsAreShownOnTheirFields() throws Exception {
        mvc.perform(post("/programmes/7/actions/new").with(csrf()).with(as(OFFICER)).param("reference", "")
                        .param("ownerUserId", "someone").param("dueOn.day", "31").param("dueOn.month", "2").param("dueOn.year", "2024")
                        .param("answers", "recommendation:x"))
                .andExpect(status().isOk())
                .andExpect(errorOn("reference", "Enter the reference of the action, such as A12"))
                .andExpect(errorOn("title", "Enter what the action is"))
                .andExpect(errorOn("planId", "Select the version of the plan the action belongs to"))
                .andExpect(errorOn("ownerUserId", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(errorOn("dueOn", "Due date must be a real date"))
                .andExpect(errorOn("answers", "Choose what the action answers from the options on this page"));
        then(editing).should(never()).add(any(), any());

        willThrow(new Refused(List.of(Refusal.about("ownerUserId", "improvement.action.owner.otherOrganisation"),
                Refusal.about("inspectionRecommendationId", "improvement.action.recommendation.otherProgramme"),
                Refusal.about("workstreamId", "workstream.otherProgramme"))))
                .given(editing).add(eq(7L), any());
        mvc.perform(filled(post("/programmes/7/actions/new")).with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(errorOn("ownerUserId", "Choose the owner from the people of this council"))
                .andExpect(errorOn("answers", "Choose one of the recommendations of this programme's inspections"))
                .andExpect(errorOn("workstreamId", "Choose one of this programme's workstreams"));
    }

    @Test
    void anActionIsChangedFromWhatItSaysAndAStaleEditShowsBothSides() throws Exception {
        given(actions.action(7L, 43L)).willReturn(new org.tgov.improvement.ActionView(43L, 7L, 3L, 11L, 21L, "A3", "Old", 9L,
                LocalDate.of(2023, 1, 31), org.tgov.improvement.ActionStatus.NOT_STARTED, null, null, 51L, null, null, null,
                false, 0));
        Document form = page(mvc.perform(get("/programmes/7/actions/43/edit").with(as(ADMIN)))
                .andExpect(status().isOk()).andExpect(titleStartsWith("Change action A3 – "))
                .andExpect(fieldHolds("reference", "A3")).andExpect(fieldHolds("dueOn.day", "31"))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("#ownerUserId option[selected]").eachText()).as("an owner who has left stays on offer")
                .containsExactly("Lee Left");
        assertThat(form.select("#answers option[selected]").eachAttr("value")).containsExactly("requirement:51");

        mvc.perform(filled(post("/programmes/7/actions/41/edit")).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/actions/41"))
                .andExpect(flash().attribute("success", "Action A12 changed"));
        then(editing).should().change(7L, 41L, 2L, recruit);

        willThrow(new StaleEditException("record.action")).given(editing).change(eq(7L), eq(41L), anyLong(), any());
        Document page = page(mvc.perform(filled(post("/programmes/7/actions/41/edit")).with(as(OFFICER)))
                .andExpect(status().isOk()).andExpect(fieldHolds("reference", "A1"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("This action was changed by someone else");
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("A12", "Recruit permanent social workers");
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).param("reference", "A12").param("title", "Recruit permanent social workers")
                .param("planId", "3").param("priorityAreaId", "11").param("workstreamId", "21").param("ownerUserId", "2")
                .param("dueOn.day", "31").param("dueOn.month", "3").param("dueOn.year", "2024")
                .param("answers", "recommendation:61").param("version", "2");
    }
}
