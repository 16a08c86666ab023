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
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.SignedInUsers.ADMIN;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.math.BigDecimal;
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
import org.tgov.improvement.Frequency;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.MeasureView;
import org.tgov.improvement.Polarity;
import org.tgov.improvement.Rating;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** Adding a measure and changing one, without a database. */
@WebMvcTest(MeasureFormController.class)
@Import(WebSliceConfiguration.class)
class MeasureFormControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeasureManagement measures;

    @MockitoBean
    ProgrammeManagement programmes;

    static final MeasureDetails TURNOVER = new MeasureDetails("Social worker turnover", "Keep the social workers we recruit",
            "% a year", Polarity.LOWER_IS_BETTER, new BigDecimal("24.00"), LocalDate.of(2022, 4, 1), new BigDecimal("16.00"),
            LocalDate.of(2024, 3, 1), "About 16% a year across England", "Above the national rate", Frequency.QUARTERLY, false);

    @BeforeEach
    void aProgrammeWithAMeasure() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(measures.measure(7L, 61L)).willReturn(new MeasureView(61L, 7L, TURNOVER, null, null, Rating.RED, 4));
        given(measures.create(eq(7L), any())).willReturn(62L);
    }

    @Test
    void theAddFormAsksForEverythingAMeasureHolds() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/measures/new").with(as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Add a measure");
        assertThat(page.select("label, legend").eachText()).contains("Name", "Objective", "Unit", "Which way is better?",
                "Baseline (optional)", "Month of the baseline (optional)", "Target",
                "Timescale: the month by which to reach the target (optional)", "Best practice (optional)",
                "Assessment against best practice (optional)", "How often is it reported?");
        assertThat(page.select(".govuk-breadcrumbs a").eachText()).contains("Measures that matter");
    }

    @Test
    void readersMayNeitherAddNorChangeAMeasure() throws Exception {
        mvc.perform(get("/programmes/7/measures/new").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/7/measures/61/edit").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(filled(post("/programmes/7/measures/new")).with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(filled(post("/programmes/7/measures/61/edit")).with(as(CHAIR))).andExpect(status().isForbidden());
        then(measures).should(never()).create(any(), any());
        then(measures).should(never()).change(any(), any(), anyLong(), any());
    }

    @Test
    void anOfficerAddsAMeasureAndSeesIt() throws Exception {
        mvc.perform(filled(post("/programmes/7/measures/new")).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/measures/62"));
        then(measures).should().create(7L, TURNOVER);
    }

    @Test
    void numbersAndMonthsAreReadStrictlyWithTheReasonOnTheField() throws Exception {
        mvc.perform(filled(post("/programmes/7/measures/new"), "baselineValue", "1e3", "target", "-4",
                        "targetBy.month", "13", "baselineOn.year", "").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(errorOn("baselineValue", "Baseline must be a number, like 12.5"))
                .andExpect(errorOn("target", "Target must be 0 or more, with at most 2 decimal places, like 12.5"))
                .andExpect(errorOn("targetBy", "Timescale must be a real month, like 4 2022"))
                .andExpect(errorOn("baselineOn", "Month of the baseline must include a year"));
        then(measures).should(never()).create(any(), any());
    }

    @Test
    void theRulesRefusalsAreShownOnTheirFields() throws Exception {
        willThrow(new Refused(java.util.List.of(
                Refusal.about("targetBy", "improvement.measure.targetBy.beforeBaseline"),
                Refusal.about("target", "improvement.measure.target.notLower"))))
                .given(measures).create(eq(7L), any());
        mvc.perform(filled(post("/programmes/7/measures/new")).with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(errorOn("targetBy", "The timescale must not be before the month of the baseline"))
                .andExpect(errorOn("target", "The target must be lower than the baseline, as lower is better"));
    }

    @Test
    void theChangeFormShowsTheMeasureAndSavesWithItsVersion() throws Exception {
        mvc.perform(get("/programmes/7/measures/61/edit").with(as(OFFICER))).andExpect(status().isOk())
                .andExpect(fieldHolds("name", "Social worker turnover"))
                .andExpect(fieldHolds("baselineValue", "24"))
                .andExpect(fieldHolds("version", "4"));

        mvc.perform(filled(post("/programmes/7/measures/61/edit"), "name", "Turnover").with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/measures/61"));
        then(measures).should().change(eq(7L), eq(61L), eq(4L), eq(new MeasureDetails("Turnover", TURNOVER.objective(),
                TURNOVER.unit(), TURNOVER.polarity(), TURNOVER.baselineValue(), TURNOVER.baselineOn(), TURNOVER.target(),
                TURNOVER.targetBy(), TURNOVER.benchmark(), TURNOVER.benchmarkAssessment(), TURNOVER.frequency(), false)));
    }

    @Test
    void aStaleChangeShowsTheSavedMeasureBesideTheUnsavedOne() throws Exception {
        willThrow(new StaleEditException("record.measure")).given(measures).change(eq(7L), eq(61L), anyLong(), any());
        Document page = page(mvc.perform(filled(post("/programmes/7/measures/61/edit"), "name", "Turnover of permanent staff", "version", "3")
                        .with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(fieldHolds("version", "4"))
                .andExpect(fieldHolds("name", "Social worker turnover"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("This measure was changed by someone else");
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("Turnover of permanent staff");
    }

    /** The form filled in as for TURNOVER, with some fields typed otherwise: name, value, name, value… */
    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String... otherwise) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("name", "Social worker turnover");
        params.put("objective", "Keep the social workers we recruit");
        params.put("unit", "% a year");
        params.put("polarity", "LOWER_IS_BETTER");
        params.put("baselineValue", "24");
        params.put("baselineOn.month", "4");
        params.put("baselineOn.year", "2022");
        params.put("target", "16");
        params.put("targetBy.month", "3");
        params.put("targetBy.year", "2024");
        params.put("benchmark", "About 16% a year across England");
        params.put("benchmarkAssessment", "Above the national rate");
        params.put("frequency", "QUARTERLY");
        params.put("version", "4");
        for (int i = 0; i < otherwise.length; i += 2) {
            params.put(otherwise[i], otherwise[i + 1]);
        }
        params.forEach(request::param);
        return request.with(csrf());
    }
}
