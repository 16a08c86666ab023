package org.tgov.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
import static org.tgov.support.SignedInUsers.BOARD_MEMBER;
import static org.tgov.support.SignedInUsers.CHAIR;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.improvement.ActionDescriptions;
import org.tgov.improvement.InspectionDetails;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InspectionType;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.InspectionView.RecommendationView;
import org.tgov.improvement.OfstedJudgement;
import org.tgov.improvement.PlanManagement;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** Recording and changing inspections and their recommendations, without a database. */
@WebMvcTest({InspectionController.class, InspectionFormController.class, RecommendationFormController.class})
@Import(WebSliceConfiguration.class)
class InspectionFormControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean InspectionManagement inspections;
    @MockitoBean PlanManagement plan;
    @MockitoBean ActionDescriptions descriptions;
    @MockitoBean ProgrammeManagement programmes;

    private static final RecommendationView SUPERVISION = new RecommendationView(91L, 1, "Supervision", 2);

    @BeforeEach
    void anInspectionWithARecommendation() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        InspectionView ilacs = new InspectionView(3L, InspectionType.ILACS, "ILACS, July 2022", LocalDate.of(2022, 7, 1),
                LocalDate.of(2022, 9, 1), List.of(new InspectionDetails.Judgement("Leaders", OfstedJudgement.INADEQUATE)),
                OfstedJudgement.INADEQUATE, List.of(SUPERVISION), false, 6);
        given(inspections.inspections(7L)).willReturn(List.of(ilacs));
        given(inspections.inspection(7L, 3L)).willReturn(ilacs);
        given(inspections.recommendation(7L, 91L)).willReturn(SUPERVISION);
        given(inspections.inspectionOfRecommendation(7L, 91L)).willReturn(3L);
        given(descriptions.describe(eq(7L), anyCollection())).willReturn(List.of());
    }

    @Test
    void offersTheFormsOnlyToThoseWhoManageTheImprovementRecord() throws Exception {
        Document admins = page(mvc.perform(get("/programmes/7/inspections").with(as(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(admins.select("[data-test=record-inspection]").text()).isEqualTo("Record an inspection");
        assertThat(admins.select("[data-test=inspection-links] a").eachAttr("href"))
                .containsExactly("/programmes/7/inspections/3/edit", "/programmes/7/inspections/3/recommendations/new");
        assertThat(admins.select("[data-test=recommendations] a").eachAttr("href"))
                .containsExactly("/programmes/7/inspection-recommendations/91/edit");

        Document readers = page(mvc.perform(get("/programmes/7/inspections").with(as(BOARD_MEMBER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(readers.select("a[href*=/new], a[href$=/edit]")).isEmpty();

        for (String path : List.of("/programmes/7/inspections/new", "/programmes/7/inspections/3/edit",
                "/programmes/7/inspections/3/recommendations/new", "/programmes/7/inspection-recommendations/91/edit")) {
            mvc.perform(get(path).with(as(CHAIR))).andExpect(status().isForbidden());
        }
        mvc.perform(inspection(post("/programmes/7/inspections")).with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(inspection(post("/programmes/7/inspections/3")).with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/7/inspections/3/recommendations").with(csrf()).with(as(BOARD_MEMBER))
                .param("recommendation", "More")).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/7/inspection-recommendations/91/edit").with(csrf()).with(as(SCRUTINY))
                .param("recommendation", "More").param("version", "2")).andExpect(status().isForbidden());
        then(inspections).should(never()).record(any(), any());
        then(inspections).should(never()).change(any(), any(), anyLong(), any());
        then(inspections).should(never()).recommend(any(), any(), any());
        then(inspections).should(never()).reword(any(), any(), anyLong(), any());
    }

    @Test
    void recordsAnInspectionWithTheAreasFilledInAndIgnoresBlankRows() throws Exception {
        Document form = page(mvc.perform(get("/programmes/7/inspections/new").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(titleStartsWith("Record an inspection – "))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("[data-test=area-row]")).hasSize(InspectionForm.ROWS);
        assertThat(form.select(".govuk-breadcrumbs a").eachText()).contains("Inspections");

        mvc.perform(inspection(post("/programmes/7/inspections")).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/inspections"))
                .andExpect(flash().attribute("success", "ILACS, July 2022 recorded"));
        then(inspections).should().record(7L, new InspectionDetails(InspectionType.ILACS, "ILACS, July 2022", LocalDate.of(2022, 7, 4),
                LocalDate.of(2022, 9, 21), List.of(new InspectionDetails.Judgement("Leaders", OfstedJudgement.INADEQUATE),
                        new InspectionDetails.Judgement("Children in care", OfstedJudgement.REQUIRES_IMPROVEMENT)),
                OfstedJudgement.INADEQUATE, List.of(), false));
    }

    @Test
    void showsEveryMistakeOnItsField() throws Exception {
        mvc.perform(post("/programmes/7/inspections").with(csrf()).with(as(OFFICER))
                        .param("inspectedOn.day", "30").param("inspectedOn.month", "2").param("inspectedOn.year", "2022")
                        .param("publishedOn.month", "9").param("publishedOn.year", "2022")
                        .param("judgements[0].area", "Leaders")
                        .param("judgements[1].judgement", "GOOD")
                        .param("judgements[2].area", "x".repeat(301)).param("judgements[2].judgement", "GOOD"))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Record an inspection – "))
                .andExpect(errorOn("type", "Select the type of inspection"))
                .andExpect(errorOn("title", "Enter the title of the inspection"))
                .andExpect(errorOn("inspectedOn", "Date of the inspection must be a real date"))
                .andExpect(errorOn("publishedOn", "Date the report was published must include a day"))
                .andExpect(errorOn("judgements[0].judgement", "Select the judgement of area 1"))
                .andExpect(errorOn("judgements[1].area", "Enter the name of area 2, or clear its judgement"))
                .andExpect(errorOn("judgements[2].area", "The name of area 3 must be 300 characters or fewer"));

        willThrow(new Refused(Refusal.about("publishedOn", "improvement.inspection.publishedBeforeInspected")))
                .given(inspections).record(eq(7L), any());
        mvc.perform(inspection(post("/programmes/7/inspections")).with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(errorOn("publishedOn", "The report cannot be published before the inspection took place"));
    }

    @Test
    void changesAnInspectionAndShowsAStaleChangeBesideTheSavedOne() throws Exception {
        mvc.perform(get("/programmes/7/inspections/3/edit").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(titleStartsWith("Change ILACS, July 2022 – "))
                .andExpect(fieldHolds("judgements[0].area", "Leaders"))
                .andExpect(fieldHolds("version", "6"));
        mvc.perform(inspection(post("/programmes/7/inspections/3")).param("version", "6").with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/inspections"));
        then(inspections).should().change(eq(7L), eq(3L), eq(6L), any());

        willThrow(new StaleEditException("record.inspection")).given(inspections).change(eq(7L), eq(3L), anyLong(), any());
        Document page = page(mvc.perform(inspection(post("/programmes/7/inspections/3")).param("version", "5").with(as(OFFICER)))
                .andExpect(status().isOk()).andExpect(fieldHolds("version", "6"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("This inspection was changed by someone else");
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("Children in care", "Requires improvement to be good");
    }

    @Test
    void addsAndRewordsRecommendations() throws Exception {
        mvc.perform(get("/programmes/7/inspections/3/recommendations/new").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(titleStartsWith("Add a recommendation to ILACS, July 2022 – "));
        given(inspections.recommend(7L, 3L, "Assessments")).willReturn(92L);
        given(inspections.recommendation(7L, 92L)).willReturn(new RecommendationView(92L, 2, "Assessments", 0));
        mvc.perform(post("/programmes/7/inspections/3/recommendations").with(csrf()).with(as(OFFICER)).param("recommendation", "Assessments"))
                .andExpect(redirectedUrl("/programmes/7/inspections"))
                .andExpect(flash().attribute("success", "Recommendation 2 added"));
        mvc.perform(post("/programmes/7/inspections/3/recommendations").with(csrf()).with(as(OFFICER)).param("recommendation", " "))
                .andExpect(status().isOk())
                .andExpect(errorOn("recommendation", "Enter what the inspectors recommend"));

        mvc.perform(get("/programmes/7/inspection-recommendations/91/edit").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(titleStartsWith("Change recommendation 1 – "))
                .andExpect(fieldHolds("recommendation", "Supervision"));
        mvc.perform(post("/programmes/7/inspection-recommendations/91/edit").with(csrf()).with(as(OFFICER))
                        .param("recommendation", "Regular supervision").param("version", "2"))
                .andExpect(redirectedUrl("/programmes/7/inspections"))
                .andExpect(flash().attribute("success", "Recommendation 1 changed"));
        then(inspections).should().reword(7L, 91L, 2L, "Regular supervision");

        willThrow(new StaleEditException("record.recommendation")).given(inspections).reword(eq(7L), eq(91L), anyLong(), anyString());
        Document stale = page(mvc.perform(post("/programmes/7/inspection-recommendations/91/edit").with(csrf()).with(as(OFFICER))
                        .param("recommendation", "My words").param("version", "1"))
                .andExpect(status().isOk()).andExpect(fieldHolds("recommendation", "Supervision"))
                .andReturn().getResponse().getContentAsString());
        assertThat(stale.select("[data-test=unsaved-changes]").text()).contains("My words");
    }

    private static MockHttpServletRequestBuilder inspection(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).param("type", "ILACS").param("title", "ILACS, July 2022")
                .param("inspectedOn.day", "4").param("inspectedOn.month", "7").param("inspectedOn.year", "2022")
                .param("publishedOn.day", "21").param("publishedOn.month", "9").param("publishedOn.year", "2022")
                .param("judgements[0].area", "Leaders").param("judgements[0].judgement", "INADEQUATE")
                .param("judgements[1].area", " ").param("judgements[1].judgement", "")
                .param("judgements[2].area", "Children in care").param("judgements[2].judgement", "REQUIRES_IMPROVEMENT")
                .param("overall", "INADEQUATE");
    }
}
