package org.tgov.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.math.BigDecimal;
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
import org.tgov.improvement.Frequency;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.MeasureValueView;
import org.tgov.improvement.MeasureView;
import org.tgov.improvement.Polarity;
import org.tgov.improvement.Rating;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The measures dashboard, a measure's trend with its table, and recording a value, without a database. */
@WebMvcTest(MeasureController.class)
@Import(WebSliceConfiguration.class)
class MeasureControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeasureManagement measures;

    @MockitoBean
    ProgrammeManagement programmes;

    static final MeasureDetails CASELOAD = new MeasureDetails("Average caseload", "Caseloads that let social workers know their children",
            "children", Polarity.LOWER_IS_BETTER, new BigDecimal("24.00"), LocalDate.of(2022, 4, 1), new BigDecimal("18.00"),
            LocalDate.of(2024, 3, 1), "15 to 18 in good and outstanding councils", "Above the range", Frequency.MONTHLY, true);

    @BeforeEach
    void aCaseloadMeasure() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        MeasureView measure = new MeasureView(61L, 7L, CASELOAD, LocalDate.of(2022, 6, 1), new BigDecimal("21.50"), Rating.AMBER, 0);
        given(measures.measures(7L)).willReturn(List.of(measure));
        given(measures.measure(7L, 61L)).willReturn(measure);
        given(measures.values(7L, 61L)).willReturn(List.of(
                new MeasureValueView(1L, LocalDate.of(2022, 5, 1), new BigDecimal("24.00"), "Baseline month", Rating.RED),
                new MeasureValueView(2L, LocalDate.of(2022, 6, 1), new BigDecimal("21.50"), null, Rating.AMBER)));
    }

    @Test
    void theDashboardShowsObjectiveTimescaleAndBestPracticeWithTheRating() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/measures").with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=measures] thead th").eachText()).contains("Objective", "Timescale",
                "Best practice and our assessment");
        assertThat(page.select("[data-test=measures] tbody tr").text()).contains("Average caseload", "Illustrative figures",
                "Caseloads that let social workers know their children", "24 April 2022", "21.5 June 2022", "18",
                "By March 2024", "Amber", "15 to 18 in good and outstanding councils", "Above the range");
    }

    @Test
    void aMeasureShowsItsTrendAsAChartWithAxesAndTheSameFiguresInATable() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/measures/61").with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("svg title").first().text()).startsWith("Average caseload over time, against a target of 18");
        assertThat(page.select("svg .tgov-chart__value").eachText()).containsExactly("24", "21.5");
        assertThat(page.select("svg .tgov-chart__tick").eachText()).containsExactly("0", "10", "20", "30", "40", "children");
        assertThat(page.select("[data-test=values] tbody tr").eachText()).containsExactly(
                "May 2022 24 Red Baseline month", "June 2022 21.5 Amber");
        assertThat(page.select("a").eachText()).doesNotContain("Record a value");
    }

    @Test
    void officersRecordValuesAndReadersMayNot() throws Exception {
        mvc.perform(get("/programmes/7/measures/61/values").with(as(CHAIR))).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/7/measures/61/values").with(csrf()).with(as(SCRUTINY)).param("period.month", "7")
                .param("period.year", "2022").param("value", "20")).andExpect(status().isForbidden());
        then(measures).should(never()).recordValue(any(), any(), any(), any(), any());

        mvc.perform(post("/programmes/7/measures/61/values").with(csrf()).with(as(OFFICER)).param("period.month", "7")
                .param("period.year", "2022").param("value", "20.5").param("commentary", "New team"))
                .andExpect(redirectedUrl("/programmes/7/measures/61"));
        then(measures).should().recordValue(7L, 61L, LocalDate.of(2022, 7, 1), new BigDecimal("20.50"), "New team");

        mvc.perform(post("/programmes/7/measures/61/values").with(csrf()).with(as(OFFICER)).param("period.month", "13")
                .param("period.year", "2022").param("value", "1e3"))
                .andExpect(status().isOk())
                .andExpect(errorOn("value", "Value must be a number, like 12.5"));
    }

    @Test
    void officersSeeTheWaysToAddChangeAndImportAndEveryoneMayDownload() throws Exception {
        Document list = page(mvc.perform(get("/programmes/7/measures").with(as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("a").eachText()).contains("Add a measure", "Import values from a file", "CSV", "Excel workbook");
        Document shown = page(mvc.perform(get("/programmes/7/measures/61").with(as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(shown.select("a").eachText()).contains("Change this measure", "Back to the measures that matter");
        Document read = page(mvc.perform(get("/programmes/7/measures").with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(read.select("a").eachText()).doesNotContain("Add a measure", "Import values from a file").contains("CSV");

        String csv = mvc.perform(get("/programmes/7/measures/download.csv").with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("\uFEFFMeasure,Objective,Unit,Which way is better,Baseline,Baseline month,"
                + "Latest value,Latest month,Target,Timescale,Rating,Best practice,Assessment against best practice,Reported",
                "Average caseload,Caseloads that let social workers know their children,children,Lower is better,24,April 2022,"
                + "21.5,June 2022,18,March 2024,Amber,15 to 18 in good and outstanding councils,Above the range,Monthly");
        byte[] xlsx = mvc.perform(get("/programmes/7/measures/download.xlsx").with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(10).getStringCellValue()).isEqualTo("Amber");
        }
    }
}
