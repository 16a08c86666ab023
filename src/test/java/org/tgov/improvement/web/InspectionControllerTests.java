package org.tgov.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.improvement.ActionDescriptions;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.DescribedAction;
import org.tgov.improvement.InspectionDetails;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InspectionType;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.OfstedJudgement;
import org.tgov.improvement.PlanManagement;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.support.ActionViewBuilder;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The inspections page without a database: judgements, the overall judgement, recommendations and the actions answering them. */
@WebMvcTest(InspectionController.class)
@Import(WebSliceConfiguration.class)
class InspectionControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean InspectionManagement inspections;
    @MockitoBean PlanManagement plan;
    @MockitoBean ActionDescriptions descriptions;
    @MockitoBean ProgrammeManagement programmes;

    @Test
    void showsEachJudgementAndEachRecommendationWithTheActionsAnsweringIt() throws Exception {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(inspections.inspections(7L)).willReturn(List.of(new InspectionView(3L, InspectionType.ILACS, "ILACS, July 2022",
                LocalDate.of(2022, 7, 1), LocalDate.of(2022, 9, 21),
                List.of(new InspectionDetails.Judgement("Leaders", OfstedJudgement.INADEQUATE)), OfstedJudgement.INADEQUATE,
                List.of(new InspectionView.RecommendationView(91L, 1, "Supervision", 0), new InspectionView.RecommendationView(92L, 2, "Assessments", 0)),
                true, 0)));
        ActionView answering = ActionViewBuilder.anAction().id(41L, "A4").build();
        ActionView linked = new ActionView(answering.id(), 7L, 3L, 11L, 21L, "A4", "Supervision for all", 2L, answering.dueOn(),
                answering.status(), answering.progress(), answering.impact(), null, 91L, null, null, false, 0);
        given(descriptions.describe(eq(7L), anyCollection())).willReturn(List.of(new DescribedAction(linked, "Leadership", "Practice", "Dana Price")));

        Document page = page(mvc.perform(get("/programmes/7/inspections").with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=inspection]").text()).contains("July 2022", "21 September 2022", "Inadequate");
        assertThat(page.select("[data-test=judgements] tbody tr").eachText()).containsExactly("Leaders Inadequate");
        assertThat(page.select("[data-test=recommendations] tbody tr").eachText()).containsExactly(
                "1. Supervision A4 In progress, progress amber", "2. Assessments None yet");
        assertThat(page.select("[data-test=illustrative]").text()).contains("illustrative");
    }
}
