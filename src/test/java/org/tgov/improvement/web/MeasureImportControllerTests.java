package org.tgov.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.improvement.MeasureImportPreview;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.PendingMeasureUploads;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Refusal;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** Uploading a file of measure values, its preview and its confirmation, without a database. */
@WebMvcTest(MeasureImportController.class)
@Import(WebSliceConfiguration.class)
class MeasureImportControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PendingMeasureUploads pending;

    @MockitoBean
    MeasureManagement measures;

    @MockitoBean
    ProgrammeManagement programmes;

    static final MeasureImportPreview GOOD = new MeasureImportPreview("may.csv", false, "Windows-1252", List.of(
            new MeasureImportPreview.Row(2, 61L, "Average caseload", LocalDate.of(2023, 5, 1), new BigDecimal("20.00"),
                    "Caf\u00e9 meeting", new BigDecimal("21.00"), null, List.of("Average caseload", "2023-05-31", "20", "Caf\u00e9 meeting")),
            new MeasureImportPreview.Row(3, 62L, "Good audits", LocalDate.of(2023, 5, 1), new BigDecimal("31.00"), null, null, null,
                    List.of("Good audits", "2023-05-31", "31"))), null);

    static final MeasureImportPreview BAD = new MeasureImportPreview("may.csv", false, "UTF-8", List.of(
            GOOD.rows().get(0),
            new MeasureImportPreview.Row(3, null, null, null, null, null, null,
                    Refusal.of("improvement.import.measure.unknown", "Nope"), List.of("Nope", "2023-05-31", "31"))), null);

    @BeforeEach
    void aProgramme() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(measures.measures(7L)).willReturn(List.of());
        given(pending.keep(any(), any(), any())).willReturn("t0k3n");
    }

    @Test
    void thePageShowsTheColumnsAndOnlyPeopleWhoRecordProgressMayUpload() throws Exception {
        Document page = page(mvc.perform(get("/programmes/7/measure-imports").with(as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("[data-test=header]").text()).isEqualTo("measure,period,value,commentary");
        assertThat(page.select("form[enctype=multipart/form-data]")).hasSize(1);
        assertThat(page.select(".govuk-breadcrumbs a").eachText()).contains("Measures that matter");

        Document reader = page(mvc.perform(get("/programmes/7/measure-imports").with(as(SCRUTINY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(reader.select("form[enctype=multipart/form-data]")).isEmpty();
        mvc.perform(multipart("/programmes/7/measure-imports").file(csv("may.csv")).with(csrf()).with(as(CHAIR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/7/measure-imports/t0k3n").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(post("/programmes/7/measure-imports/t0k3n").with(csrf()).with(as(CHAIR))).andExpect(status().isForbidden());
        then(pending).should(never()).keep(any(), any(), any());
        then(pending).should(never()).importFile(any(), any());
    }

    @Test
    void anUploadIsKeptAndPreviewedAndAnythingButCsvOrXlsxIsRefusedOnTheField() throws Exception {
        mvc.perform(multipart("/programmes/7/measure-imports").file(csv("may.csv")).with(csrf()).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/measure-imports/t0k3n"));
        mvc.perform(multipart("/programmes/7/measure-imports").file(csv("may.pdf")).with(csrf()).with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(errorOn("file", "The selected file must be a CSV file or an Excel workbook (.xlsx)"));
        mvc.perform(multipart("/programmes/7/measure-imports").file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
                        .with(csrf()).with(as(OFFICER)))
                .andExpect(errorOn("file", "Select a CSV file or an Excel workbook"));
    }

    @Test
    void thePreviewSaysHowTheFileWasReadAndWhichValueEachRowReplaces() throws Exception {
        given(pending.preview(7L, "t0k3n")).willReturn(Optional.of(GOOD));
        Document page = page(mvc.perform(get("/programmes/7/measure-imports/t0k3n").with(as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("[data-test=encoding]").text()).contains("Windows-1252").contains("not UTF-8");
        assertThat(page.select("[data-test=replaced-count]").text()).isEqualTo("1");
        assertThat(page.select("[data-test=rows] tbody tr").eachText()).containsExactly(
                "2 Average caseload May 2023 20 Caf\u00e9 meeting Replaces the value 21 recorded for this month",
                "3 Good audits May 2023 31 New value");
        assertThat(page.select("[data-test=import]").text()).isEqualTo("Import 2 values");
    }

    @Test
    void aPreviewWithAProblemListsItAndOffersNoImport() throws Exception {
        given(pending.preview(7L, "t0k3n")).willReturn(Optional.of(BAD));
        Document page = page(mvc.perform(get("/programmes/7/measure-imports/t0k3n").with(as(OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("[data-test=problems] li").eachText())
                .containsExactly("Line 3: Measure 'Nope' is not one of this programme's measures");
        assertThat(page.select("[data-test=import]")).isEmpty();
    }

    @Test
    void confirmingImportsAndAnExpiredTokenSendsTheUserBackToUpload() throws Exception {
        given(pending.importFile(7L, "t0k3n")).willReturn(Optional.of(GOOD));
        mvc.perform(post("/programmes/7/measure-imports/t0k3n").with(csrf()).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/measures"))
                .andExpect(flash().attribute("success", "2 values imported from may.csv"));

        given(pending.importFile(7L, "gone")).willReturn(Optional.empty());
        mvc.perform(post("/programmes/7/measure-imports/gone").with(csrf()).with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/measure-imports"))
                .andExpect(flash().attribute("uploadError", MeasureImportController.EXPIRED));
        mvc.perform(get("/programmes/7/measure-imports").flashAttr("uploadError", MeasureImportController.EXPIRED).with(as(OFFICER)))
                .andExpect(errorOn("file", "The uploaded file is no longer waiting to be imported: it has expired or has already been dealt with. Upload the file again to check it."));
    }

    private static MockMultipartFile csv(String name) {
        return new MockMultipartFile("file", name, "text/csv",
                "measure,period,value,commentary\nAverage caseload,2023-05-31,20,\n".getBytes(StandardCharsets.UTF_8));
    }
}
