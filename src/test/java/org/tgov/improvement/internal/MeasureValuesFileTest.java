package org.tgov.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tgov.shared.Refusal;

class MeasureValuesFileTest {

    private static final String HEADER = "measure,period,value,commentary\n";

    @Test
    void readsEachRowWithThePeriodAsItsMonthAndTheCommentaryOptional() {
        MeasureValuesFile file = MeasureValuesFile.read((HEADER + "Caseload,30/04/2023,21.5,\"Two started, one left\"\nAudits,2023-05-01,31\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(file.problem()).isNull();
        assertThat(file.encoding()).isEqualTo("UTF-8");
        assertThat(file.rows()).extracting(MeasureValuesFile.Row::lineNumber, MeasureValuesFile.Row::measure,
                MeasureValuesFile.Row::period, MeasureValuesFile.Row::value, MeasureValuesFile.Row::commentary).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Caseload", LocalDate.of(2023, 4, 1), new BigDecimal("21.50"), "Two started, one left"),
                org.assertj.core.groups.Tuple.tuple(3, "Audits", LocalDate.of(2023, 5, 1), new BigDecimal("31.00"), null));
    }

    @Test
    void refusesEachBadRowWithItsReasonAndKeepsWhatItSays() {
        MeasureValuesFile file = MeasureValuesFile.read((HEADER + "Caseload,31/02/2023,20,\n,2023-04-01,20,\nCaseload,2023-04-01,1e3,\n"
                + "Caseload,2023-04-01,-2,\nCaseload,2023-04-01,2,nul\u0000l\nCaseload,2023-04-01\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(file.rows()).extracting(row -> row.problem().code()).containsExactly("improvement.import.period.notADate",
                "spend.csv.missing", "improvement.import.value.notANumber", "improvement.import.value.format",
                "spend.csv.controlCharacter", "improvement.import.columns");
        assertThat(file.rows().get(0).typed()).containsExactly("Caseload", "31/02/2023", "20", "");
        assertThat(file.rows().get(4).typed().get(3)).isEqualTo("nul\uFFFDl");
    }

    @Test
    void saysWhenAFileIsNotUtf8AndRefusesOneThatIsNotTextOrHasTooManyRows() {
        assertThat(MeasureValuesFile.read((HEADER + "Caf\u00e9 visits,2023-04-01,3,\n").getBytes(Charset.forName("windows-1252")))
                .encoding()).isEqualTo("Windows-1252");
        assertThat(MeasureValuesFile.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}).problem())
                .isEqualTo(Refusal.of("improvement.import.notText"));
        assertThat(MeasureValuesFile.read("cost line code,month,amount\n".getBytes(StandardCharsets.UTF_8)).problem().code())
                .isEqualTo("improvement.import.header");
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= MeasureValuesFile.MAX_ROWS; i++) {
            many.append("Caseload,2023-04-01,1,\n");
        }
        assertThat(MeasureValuesFile.read(many.toString().getBytes(StandardCharsets.UTF_8)).problem().code())
                .isEqualTo("improvement.import.tooManyRows");
    }

    @Test
    void readsAWorkbooksFirstSheetAndRefusesOneWithTooManyRowsOrThatUnpacksHuge() throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Values");
            sheet.createRow(0).createCell(0).setCellValue("measure");
            sheet.getRow(0).createCell(1).setCellValue("period");
            sheet.getRow(0).createCell(2).setCellValue("value");
            for (int r = 1; r <= MeasureValuesFile.MAX_ROWS + 1; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Caseload");
                row.createCell(1).setCellValue("2023-04-01");
                row.createCell(2).setCellValue(r);
            }
            workbook.write(out);
            MeasureValuesFile file = MeasureValuesFile.read(out.toByteArray());
            assertThat(file.workbook()).isTrue();
            assertThat(file.problem().code()).isEqualTo("improvement.import.tooManyRows");
        }

        // a sheet of 25MB of blanks packs into a few kilobytes: refused before it is unpacked
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 25; i++) {
                zip.write(blanks);
            }
        }
        MeasureValuesFile refused = MeasureValuesFile.read(bomb.toByteArray());
        assertThat(refused.problem().code()).isEqualTo("improvement.import.notWorkbook");
    }
}
