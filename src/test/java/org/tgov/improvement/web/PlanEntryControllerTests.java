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
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.ADMIN;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.improvement.EditableArea;
import org.tgov.improvement.EditablePlan;
import org.tgov.improvement.PlanDetails;
import org.tgov.improvement.PlanEditing;
import org.tgov.improvement.PlanStatus;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The forms that add and change versions of the plan and add and rename priority areas, without a database. */
@WebMvcTest({PlanVersionController.class, PriorityAreaController.class})
@Import(WebSliceConfiguration.class)
class PlanEntryControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlanEditing plans;

    @MockitoBean
    ProgrammeManagement programmes;

    final PlanDetails endorsed = new PlanDetails("Post-inspection action plan", "December 2022", PlanStatus.ENDORSED, "Cabinet",
            LocalDate.of(2022, 12, 15), null);

    @BeforeEach
    void aProgrammeWithAPlanAndAnArea() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(plans.plan(7L, 3L)).willReturn(new EditablePlan(3L, endorsed, 4));
        given(plans.priorityArea(7L, 11L)).willReturn(new EditableArea(11L, "Workforce", 2));
        given(plans.plan(7L, 99L)).willThrow(new NotFoundException("Plan"));
    }

    @Test
    void officersAndAdministratorsAddAVersionAndReadersMayNot() throws Exception {
        mvc.perform(get("/programmes/7/plan/versions/new").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(version(post("/programmes/7/plan/versions/new")).with(as(SCRUTINY))).andExpect(status().isForbidden());
        then(plans).should(never()).addPlan(any(), any());

        Document form = page(mvc.perform(get("/programmes/7/plan/versions/new").with(as(OFFICER)))
                .andExpect(status().isOk()).andExpect(titleStartsWith("Add a version of the plan – "))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select(".govuk-breadcrumbs a").eachText()).contains("Improvement plan");
        assertThat(form.select("input[name=status]").eachAttr("value")).containsExactly("DRAFT", "ENDORSED", "SUBMITTED", "SUPERSEDED");

        mvc.perform(version(post("/programmes/7/plan/versions/new")).with(as(ADMIN)))
                .andExpect(redirectedUrl("/programmes/7/plan"))
                .andExpect(flash().attribute("success", "Version December 2022 of the plan added"));
        then(plans).should().addPlan(7L, endorsed);
    }

    @Test
    void mistakesAndRefusalsAreShownOnTheirFields() throws Exception {
        mvc.perform(post("/programmes/7/plan/versions/new").with(csrf()).with(as(OFFICER)).param("title", " ")
                        .param("planVersion", "x".repeat(31)).param("endorsedOn.day", "31").param("endorsedOn.month", "2")
                        .param("endorsedOn.year", "2023"))
                .andExpect(status().isOk())
                .andExpect(errorOn("title", "Enter the title of the plan"))
                .andExpect(errorOn("planVersion", "The version must be 30 characters or fewer"))
                .andExpect(errorOn("status", "Select the status of the plan"))
                .andExpect(errorOn("endorsedOn", "Date the plan was endorsed must be a real date"));
        then(plans).should(never()).addPlan(any(), any());

        willThrow(new Refused(java.util.List.of(Refusal.about("endorsedOn", "improvement.plan.endorsedOn.required"),
                Refusal.about("planVersion", "improvement.plan.planVersion.taken", "December 2022"))))
                .given(plans).addPlan(eq(7L), any());
        mvc.perform(version(post("/programmes/7/plan/versions/new")).with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(errorOn("endorsedOn", "Enter the date the plan was endorsed, as its status says it has been"))
                .andExpect(errorOn("planVersion", "This programme's plan already has a version December 2022"));
    }

    @Test
    void aVersionIsChangedFromWhatItSaysAndAStaleEditShowsBothSides() throws Exception {
        mvc.perform(get("/programmes/7/plan/versions/3").with(as(OFFICER)))
                .andExpect(status().isOk()).andExpect(titleStartsWith("Change version December 2022 of the plan – "))
                .andExpect(fieldHolds("endorsedBy", "Cabinet")).andExpect(fieldHolds("endorsedOn.day", "15"))
                .andExpect(fieldHolds("version", "4"));
        mvc.perform(get("/programmes/7/plan/versions/99").with(as(OFFICER))).andExpect(status().isNotFound());

        mvc.perform(version(post("/programmes/7/plan/versions/3")).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/plan"));
        then(plans).should().changePlan(7L, 3L, 4L, endorsed);

        willThrow(new StaleEditException("record.plan")).given(plans).changePlan(eq(7L), eq(3L), anyLong(), any());
        Document page = page(mvc.perform(version(post("/programmes/7/plan/versions/3"), "Full Council").with(as(OFFICER)))
                .andExpect(status().isOk()).andExpect(fieldHolds("endorsedBy", "Cabinet"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("This version of the plan was changed by someone else");
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("Full Council");
    }

    @Test
    void priorityAreasAreAddedAndRenamedByThoseWhoManageTheRecord() throws Exception {
        mvc.perform(get("/programmes/7/plan/areas/new").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/7/plan/areas/11").with(csrf()).with(as(CHAIR)).param("name", "Staff").param("version", "2"))
                .andExpect(status().isForbidden());
        then(plans).should(never()).renamePriorityArea(any(), any(), anyLong(), any());

        mvc.perform(get("/programmes/7/plan/areas/new").with(as(OFFICER)))
                .andExpect(status().isOk()).andExpect(titleStartsWith("Add a priority area – "));
        mvc.perform(post("/programmes/7/plan/areas/new").with(csrf()).with(as(OFFICER)).param("name", ""))
                .andExpect(status().isOk()).andExpect(errorOn("name", "Enter the name of the priority area"));
        willThrow(new Refused(Refusal.about("name", "improvement.area.name.taken", "workforce")))
                .given(plans).addPriorityArea(7L, "workforce");
        mvc.perform(post("/programmes/7/plan/areas/new").with(csrf()).with(as(OFFICER)).param("name", "workforce"))
                .andExpect(status().isOk()).andExpect(errorOn("name", "This programme already has a priority area called workforce"));
        mvc.perform(post("/programmes/7/plan/areas/new").with(csrf()).with(as(OFFICER)).param("name", "Early help"))
                .andExpect(redirectedUrl("/programmes/7/plan"))
                .andExpect(flash().attribute("success", "Priority area Early help added"));

        mvc.perform(get("/programmes/7/plan/areas/11").with(as(ADMIN)))
                .andExpect(status().isOk()).andExpect(fieldHolds("name", "Workforce")).andExpect(fieldHolds("version", "2"));
        mvc.perform(post("/programmes/7/plan/areas/11").with(csrf()).with(as(ADMIN)).param("name", "A stable workforce")
                        .param("version", "2"))
                .andExpect(redirectedUrl("/programmes/7/plan"));
        then(plans).should().renamePriorityArea(7L, 11L, 2L, "A stable workforce");

        willThrow(new StaleEditException("record.area")).given(plans).renamePriorityArea(eq(7L), eq(11L), anyLong(), any());
        Document page = page(mvc.perform(post("/programmes/7/plan/areas/11").with(csrf()).with(as(ADMIN))
                        .param("name", "Staffing").param("version", "1"))
                .andExpect(status().isOk()).andExpect(fieldHolds("name", "Workforce"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("Staffing");
    }

    private static MockHttpServletRequestBuilder version(MockHttpServletRequestBuilder request) {
        return version(request, "Cabinet");
    }

    private static MockHttpServletRequestBuilder version(MockHttpServletRequestBuilder request, String endorsedBy) {
        return request.with(csrf()).param("title", "Post-inspection action plan").param("planVersion", "December 2022")
                .param("status", "ENDORSED").param("endorsedBy", endorsedBy)
                .param("endorsedOn.day", "15").param("endorsedOn.month", "12").param("endorsedOn.year", "2022")
                .param("version", "4");
    }
}
