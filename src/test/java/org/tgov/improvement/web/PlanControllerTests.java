package org.tgov.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.ActionViewBuilder.anAction;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.UserDirectory;
import org.tgov.improvement.ActionDescriptions;
import org.tgov.improvement.ActionFilter;
import org.tgov.improvement.ActionProgress;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.PlanManagement;
import org.tgov.improvement.PlanStatus;
import org.tgov.improvement.PlanView;
import org.tgov.improvement.PriorityAreaView;
import org.tgov.improvement.Rating;
import org.tgov.improvement.RatingTally;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The plan page and the filtered list of actions, without a database. */
@WebMvcTest(PlanController.class)
@Import(WebSliceConfiguration.class)
class PlanControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean PlanManagement plans;
    @MockitoBean ActionProgress actions;
    @MockitoBean ActionDescriptions descriptions;
    @MockitoBean ProgrammeManagement programmes;
    @MockitoBean UserDirectory users;

    @BeforeEach
    void aPlanWithTwoPriorityAreas() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(plans.plans(7L)).willReturn(List.of(new PlanView(3L, "Post-inspection action plan", "December 2022",
                PlanStatus.SUBMITTED, "Cabinet", LocalDate.of(2022, 12, 15), LocalDate.of(2022, 12, 20))));
        given(plans.priorityAreas(7L)).willReturn(List.of(new PriorityAreaView(11L, "Workforce", 1), new PriorityAreaView(12L, "Help and protection", 2)));
        given(plans.progressByPriorityArea(7L)).willReturn(List.of(new RatingTally(11L, Rating.RED, 2), new RatingTally(11L, Rating.GREEN, 1),
                new RatingTally(12L, Rating.BLUE, 4)));
        given(plans.impactByPriorityArea(7L)).willReturn(List.of(new RatingTally(11L, Rating.AMBER, 3), new RatingTally(12L, Rating.GREEN, 4)));
        given(descriptions.describe(eq(7L), anyCollection())).willReturn(List.of(anAction().overdue().described()));
    }

    @Test
    void showsTheVersionsTheCountsByPriorityAreaAndTheOverdueActions() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/plan").with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=plans] tbody tr").eachText()).containsExactly(
                "Post-inspection action plan December 2022 Submitted to Ofsted Cabinet 15 December 2022 20 December 2022");
        assertThat(page.select("[data-test=rating-counts] tbody tr").eachText()).containsExactly(
                "Workforce 2 0 1 0 0 3 0 0 3", "Help and protection 0 0 0 4 0 0 4 0 4", "Total 2 0 1 4 0 3 4 0 7");
        assertThat(page.select("[data-test=actions] [data-test=overdue]").eachText()).containsExactly("Overdue");
    }

    @Test
    void downloadsTheFilteredActionsAsCsvWithFormulasNeutralisedAndAsAWorkbook() throws Exception {
        given(actions.actions(eq(7L), any(), any())).willReturn(new PageImpl<>(List.of(anAction().titled("=HYPERLINK(x)").build())));
        given(descriptions.describe(eq(7L), anyCollection())).willReturn(List.of(anAction().titled("=HYPERLINK(x)").overdue().described()));

        String csv = mvc.perform(get("/programmes/7/actions.csv").param("progress", "AMBER").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("actions.csv")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFReference,Action,Priority area,Workstream,Owner,Due,Overdue,Status,Progress,Impact,Last update",
                "A1,'=HYPERLINK(x),Workforce stability,Workforce,Olivia Officer,31 March 2023,Overdue,In progress,Amber,Green,");
        then(actions).should().actions(7L, new ActionFilter(null, null, Rating.AMBER, null, null, null, false), PageRequest.of(0, 10_000));

        byte[] xlsx = mvc.perform(get("/programmes/7/actions.xlsx").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("Actions").getRow(1).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(x)");
        }
    }

    @Test
    void listsActionsNarrowedByTheFiltersIgnoringWhatCannotBeRead() throws Exception {
        given(actions.actions(eq(7L), any(), any())).willReturn(new PageImpl<>(List.of(anAction().build()), PageRequest.of(0, 25), 1));
        Document page = page(mvc.perform(get("/programmes/7/actions").param("workstream", "21").param("progress", "RED")
                        .param("status", "NOPE").param("overdue", "yes").param("page", "x").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        then(actions).should().actions(7L, new ActionFilter(21L, null, Rating.RED, null, null, null, true), PageRequest.of(0, 25));
        assertThat(page.select("[data-test=found]").text()).isEqualTo("1 action");
        assertThat(page.select("#progress option[selected]").attr("value")).isEqualTo("RED");
        assertThat(ActionStatus.valueOf("IN_PROGRESS")).isNotNull();
    }

    @Test
    void offersTheEntryFormsOnlyToThoseWhoManageTheImprovementRecord() throws Exception {
        given(actions.actions(eq(7L), any(), any())).willReturn(new PageImpl<>(List.of(anAction().build()), PageRequest.of(0, 25), 1));
        Document officers = page(mvc.perform(get("/programmes/7/plan").with(as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(officers.select("[data-test=add-plan]").attr("href")).isEqualTo("/programmes/7/plan/versions/new");
        assertThat(officers.select("[data-test=plans] tbody a").eachText()).containsExactly("Change version December 2022");
        assertThat(officers.select("[data-test=priority-areas] a").eachAttr("href"))
                .containsExactly("/programmes/7/plan/areas/11", "/programmes/7/plan/areas/12");
        assertThat(officers.select("[data-test=add-area]").attr("href")).isEqualTo("/programmes/7/plan/areas/new");
        Document list = page(mvc.perform(get("/programmes/7/actions").with(as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("[data-test=add-action]").attr("href")).isEqualTo("/programmes/7/actions/new");

        Document readers = page(mvc.perform(get("/programmes/7/plan").with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(readers.select("[data-test=add-plan], [data-test=add-area], [data-test=priority-areas], [data-test=plans] a")).isEmpty();
        assertThat(page(mvc.perform(get("/programmes/7/actions").with(as(SCRUTINY))).andReturn().getResponse().getContentAsString())
                .select("[data-test=add-action]")).isEmpty();
    }
}
