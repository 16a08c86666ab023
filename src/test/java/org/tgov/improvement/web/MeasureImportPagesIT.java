package org.tgov.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.actingAs;
import static org.tgov.support.TestData.as;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.improvement.Frequency;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.MeasureValueView;
import org.tgov.improvement.Polarity;
import org.tgov.improvement.internal.ExpiredMeasureUploads;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/** Importing a month of measure values, as CSV or a workbook, on PostgreSQL: all or nothing, for its uploader only. */
@IntegrationTest
class MeasureImportPagesIT {

    private static final String GOOD = """
            measure,period,value,commentary
            Caseload,2023-04-30,21.5,Two social workers started
            caseload ,01/05/2023,20,
            Good audits,2023-05-01,31,"Audits of May, by the practice lead"
            """;
    private static final String ONE_BAD_ROW = GOOD.replace("01/05/2023", "31/02/2023").replace("started", "started at the caf\u00e9");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired MeasureManagement measures;
    @Autowired ExpiredMeasureUploads expiredUploads;
    @Autowired JdbcTemplate jdbc;

    Council council;
    SignedInUser officer;
    Long programme;
    Long caseload;
    Long audits;

    @BeforeEach
    void aProgrammeWithTwoMeasures() {
        council = data.council();
        officer = data.user(council, Role.OFFICER);
        programme = data.programme(council);
        actingAs(officer, () -> {
            caseload = measures.create(programme, new MeasureDetails("Caseload", "Manageable caseloads", "children",
                    Polarity.LOWER_IS_BETTER, new BigDecimal("24"), LocalDate.of(2022, 4, 1), new BigDecimal("18"),
                    LocalDate.of(2024, 3, 1), null, null, Frequency.MONTHLY, false));
            audits = measures.create(programme, new MeasureDetails("Good audits", "Good practice", "%",
                    Polarity.HIGHER_IS_BETTER, null, null, new BigDecimal("60"), null, null, null, Frequency.MONTHLY, false));
            measures.recordValue(programme, caseload, LocalDate.of(2023, 4, 1), new BigDecimal("22"), "Before the import");
        });
    }

    @Test
    void aGoodCsvFileIsPreviewedSayingWhichValueItReplacesAndImportedWhole() throws Exception {
        String preview = upload("may.csv", GOOD.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CSV, character encoding UTF-8")))
                .andExpect(content().string(containsString("the value 22 recorded for this month")))
                .andExpect(content().string(containsString("Import 3 values")));
        assertThat(values(caseload)).hasSize(1);

        mvc.perform(post(preview).with(csrf()).with(as(officer)))
                .andExpect(redirectedUrl("/programmes/" + programme + "/measures"))
                .andExpect(flash().attribute("success", "3 values imported from may.csv"));

        assertThat(values(caseload)).extracting(MeasureValueView::periodOn, MeasureValueView::value, MeasureValueView::commentary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 4, 1), new BigDecimal("21.50"), "Two social workers started"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 5, 1), new BigDecimal("20.00"), null));
        assertThat(values(audits)).extracting(MeasureValueView::commentary).containsExactly("Audits of May, by the practice lead");
        // the token is used up
        mvc.perform(post(preview).with(csrf()).with(as(officer)))
                .andExpect(flash().attribute("uploadError", MeasureImportController.EXPIRED));
    }

    @Test
    void oneBadRowImportsNothingAndSaysWhichRowAndWhy() throws Exception {
        String preview = upload("may.csv", ONE_BAD_ROW.getBytes(Charset.forName("windows-1252")));
        mvc.perform(get(preview).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Line 3: Period &#39;31/02/2023&#39; is not a date")))
                .andExpect(content().string(containsString("Windows-1252")))
                .andExpect(content().string(not(containsString("data-test=\"import\""))));

        mvc.perform(post(preview).with(csrf()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("can no longer be imported")));
        assertThat(values(caseload)).extracting(MeasureValueView::value).containsExactly(new BigDecimal("22.00"));
        assertThat(values(audits)).isEmpty();
    }

    @Test
    void anExcelWorkbookIsReadFromItsFirstSheetWithExcelDatesAndTextDates() throws Exception {
        String preview = upload("may.xlsx", workbook());
        mvc.perform(get(preview).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Excel workbook (its first sheet)")))
                .andExpect(content().string(containsString("Import 2 values")));
        mvc.perform(post(preview).with(csrf()).with(as(officer)))
                .andExpect(flash().attribute("success", "2 values imported from may.xlsx"));

        assertThat(values(caseload)).extracting(MeasureValueView::periodOn, MeasureValueView::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 4, 1), new BigDecimal("22.00")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 6, 1), new BigDecimal("19.50")));
        assertThat(values(audits)).extracting(MeasureValueView::periodOn).containsExactly(LocalDate.of(2023, 7, 1));
    }

    @Test
    void aFileThatIsNeitherTextNorAWorkbookIsRefusedWhole() throws Exception {
        byte[] zipThatIsNoWorkbook = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};
        mvc.perform(get(upload("bad.xlsx", zipThatIsNoWorkbook)).with(as(officer)))
                .andExpect(content().string(containsString("cannot be opened as an Excel workbook")));
        mvc.perform(get(upload("bad.csv", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2})).with(as(officer)))
                .andExpect(content().string(containsString("neither a CSV file nor an Excel workbook")));
    }

    @Test
    void anotherOrganisationsPeopleFindNeitherTheProgrammeNorTheUpload() throws Exception {
        String preview = upload("may.csv", GOOD.getBytes(StandardCharsets.UTF_8));
        Council other = data.council();
        SignedInUser stranger = data.user(other, Role.OFFICER);
        mvc.perform(get(preview).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(preview).with(csrf()).with(as(stranger))).andExpect(status().isNotFound());

        // the token on the stranger's own programme finds nothing either
        Long theirs = data.programme(other);
        mvc.perform(get(preview.replace("/" + programme + "/", "/" + theirs + "/")).with(as(stranger)))
                .andExpect(flash().attribute("uploadError", MeasureImportController.EXPIRED));
        // nor may a colleague import the officer's file
        SignedInUser colleague = data.user(council, Role.OFFICER);
        mvc.perform(post(preview).with(csrf()).with(as(colleague)))
                .andExpect(flash().attribute("uploadError", MeasureImportController.EXPIRED));
        assertThat(values(audits)).isEmpty();
    }

    @Test
    void aFileLeftWaitingBeyondItsTimeCanNoLongerBeImportedAndIsCleanedUp() throws Exception {
        String preview = upload("may.csv", GOOD.getBytes(StandardCharsets.UTF_8));
        String token = preview.substring(preview.lastIndexOf('/') + 1);
        assertThat(jdbc.update("update pending_measure_upload set expires_at = ? where token = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), token)).isEqualTo(1);

        mvc.perform(get(preview).with(as(officer)))
                .andExpect(flash().attribute("uploadError", MeasureImportController.EXPIRED));
        mvc.perform(post(preview).with(csrf()).with(as(officer)))
                .andExpect(flash().attribute("uploadError", MeasureImportController.EXPIRED));
        assertThat(values(audits)).isEmpty();

        assertThat(expiredUploads.removeOnOneInstance()).hasValueSatisfying(removed -> assertThat(removed).isPositive());
        assertThat(jdbc.queryForObject("select count(*) from pending_measure_upload where token = ?", Integer.class, token)).isZero();
    }

    @Test
    void readersMayNotImport() throws Exception {
        SignedInUser scrutiny = data.user(council, Role.SCRUTINY_MEMBER);
        mvc.perform(get("/programmes/{id}/measure-imports", programme).with(as(scrutiny)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("multipart/form-data"))));
        mvc.perform(multipart("/programmes/{id}/measure-imports", programme)
                        .file(new MockMultipartFile("file", "may.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(scrutiny)))
                .andExpect(status().isForbidden());
    }

    private String upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/programmes/{id}/measure-imports", programme)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf()).with(as(officer)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    private java.util.List<MeasureValueView> values(Long measure) {
        return actingAs(officer, () -> measures.values(programme, measure));
    }

    /** A workbook as Excel saves one: a date cell formatted as a date, a number, and a date typed as text. */
    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Values");
            Row header = sheet.createRow(0);
            String[] columns = {"Measure", "Period", "Value", "Commentary"};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            Row june = sheet.createRow(1);
            june.createCell(0).setCellValue("Caseload");
            june.createCell(1).setCellValue(LocalDate.of(2023, 6, 30));
            june.getCell(1).setCellStyle(date);
            june.createCell(2).setCellValue(19.5);
            Row july = sheet.createRow(3);
            july.createCell(0).setCellValue("Good audits");
            july.createCell(1).setCellValue("15/07/2023");
            july.createCell(2).setCellValue(33);
            july.createCell(3).setCellValue("");
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Ignored");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
