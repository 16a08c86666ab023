package org.tgov.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.support.English;

class SpendCsvFileTest {

    private static final String HEADER = "cost line code,month,amount,reference,description\n";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A problem as the preview page says it. */
    private static String said(Refusal problem) {
        return problem == null ? null : English.of(problem);
    }

    private static SpendCsvFile read(String text) {
        return SpendCsvFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int value : values) {
            out.write(value);
        }
        return out.toByteArray();
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void readsRowsWithQuotedValuesAndSeveralMonthFormats() {
        List<SpendCsvFile.Row> rows = read("""
                cost line code,month,amount,reference,description
                wf-03,2022-04,"£1,250.50",INV-1,"Agency, April"
                WF-03,05/2022,-20,CR-2,Credit note
                WF-03,30/06/2022,100,,
                """).rows();
        assertThat(rows).allMatch(SpendCsvFile.Row::isValid);
        assertThat(rows.get(0).line()).isEqualTo(new SpendLine("WF-03", LocalDate.of(2022, 4, 1), Money.parse("1250.50"),
                "INV-1", "Agency, April"));
        assertThat(rows.get(1).line().amount()).isEqualTo(Money.pounds(-20));
        assertThat(rows.get(2).line().month()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(rows.get(2).lineNumber()).isEqualTo(4);
    }

    @Test
    void givesEachBadRowItsLineNumberAndReason() {
        List<SpendCsvFile.Row> rows = read("""
                cost line code,month,amount,reference,description
                WF-03,2022-04,12.345,A,
                WF-03,April,10,A,
                ,2022-04,10,A,
                WF-03,2022-04,10,A
                WF-03,2022-04,,A,
                WF-03,2022-04,1e9,A,
                WF-03,+999999999-12,10,A,
                WF-03,03/1900,10,A,
                """).rows();
        assertThat(rows).extracting(SpendCsvFile.Row::lineNumber).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(said(rows.get(0).problem())).isEqualTo("Amount '12.345' must not have more than 2 decimal places");
        assertThat(said(rows.get(1).problem())).contains("is not a month");
        assertThat(said(rows.get(2).problem())).isEqualTo("Cost line code is missing");
        assertThat(said(rows.get(3).problem())).isEqualTo("Expected 5 columns but found 4");
        assertThat(said(rows.get(4).problem())).isEqualTo("Amount is missing");
        assertThat(said(rows.get(5).problem())).isEqualTo("Amount '1e9' must be a number of pounds and pence, like 1250.00");
        assertThat(said(rows.get(6).problem())).isEqualTo("Month '+999999999-12' must be between April 1900 and March 3000");
        assertThat(said(rows.get(7).problem())).isEqualTo("Month '03/1900' must be between April 1900 and March 3000");
    }

    @Test
    void refusesValuesTooLongToKeepAndQuotesOnlyTheStartOfAnUnreadableOne() {
        List<SpendCsvFile.Row> rows = read(HEADER
                + "WF-03,2022-04,10," + "R".repeat(101) + ",\n"
                + "WF-03,2022-04,10,A," + "D".repeat(501) + "\n"
                + "X".repeat(41) + ",2022-04,10,A,\n"
                + "WF-03,2022-04," + "9".repeat(100_000) + ",A,\n"
                + "WF-03," + "4".repeat(100_000) + ",10,A,\n").rows();
        assertThat(rows).extracting(row -> said(row.problem())).containsExactly(
                "Reference must be 100 characters or fewer",
                "Description must be 500 characters or fewer",
                "Cost line code must be 40 characters or fewer",
                "Amount '99999999999999999999…' must be less than £1 trillion",
                "Month '44444444444444444444…' is not a month: use 2022-04 or 04/2022");
    }

    @Test
    void aControlCharacterInAnyCellIsAProblemOnItsLineButATabIsNot() {
        SpendCsvFile file = read(HEADER
                + "WF-03,2022-04,10,INV-1,\"Agency\tApril\"\n"
                + "WF-03,2022-04,10,INV\u00002,\n"
                + "WF-03,2022-04,10,INV-3,Bell\u0007\n"
                + "WF\u001B-03,2022-04,10,INV-4,\n");
        assertThat(file.rows()).extracting(SpendCsvFile.Row::lineNumber).containsExactly(2, 3, 4, 5);
        assertThat(file.rows().get(0).line().description()).isEqualTo("Agency\tApril");
        assertThat(file.rows()).extracting(row -> said(row.problem())).containsExactly(null,
                "Reference contains a control character (U+0000), which cannot be imported",
                "Description contains a control character (U+0007), which cannot be imported",
                "Cost line code contains a control character (U+001B), which cannot be imported");
    }

    @Test
    void keepsLineNumbersRightAfterAQuotedLineBreakAndReportsAQuoteLeftOpen() {
        SpendCsvFile file = read(HEADER
                + "WF-03,2022-04,10,INV-1,\"Agency\r\nApril\"\n"
                + "\n"
                + "WF-03,2022-05,10,INV-2,May\n"
                + "WF-03,2022-06,10,INV-3,\"June\n"
                + "WF-03,2022-07,10,INV-4,July\n");
        assertThat(file.rows()).extracting(SpendCsvFile.Row::lineNumber).containsExactly(2, 5, 6);
        assertThat(file.rows().get(0).line().description()).isEqualTo("Agency\r\nApril");
        assertThat(file.rows().get(1).isValid()).isTrue();
        assertThat(said(file.rows().get(2).problem())).isEqualTo("A quoted value is not closed");
    }

    @Test
    void skipsRowsThatAreBlankOrOnlyCommas() {
        SpendCsvFile file = read(HEADER + "  \n,,,,\n\"\",,,,\nWF-03,2022-04,10,A,\n");
        assertThat(file.rows()).extracting(SpendCsvFile.Row::lineNumber).containsExactly(5);
    }

    @Test
    void readsUtf8WithOrWithoutAByteOrderMarkAndSaysSo() {
        byte[] utf8 = (HEADER + "WF-03,2022-04,£10,INV-1,Café\n").getBytes(StandardCharsets.UTF_8);
        for (byte[] content : List.of(utf8, join(bytes(0xEF, 0xBB, 0xBF), utf8))) {
            SpendCsvFile file = SpendCsvFile.read(content);
            assertThat(file.encoding()).isEqualTo("UTF-8");
            assertThat(said(file.problem())).isNull();
            assertThat(file.rows().get(0).line().description()).isEqualTo("Café");
        }
    }

    @Test
    void readsAFileThatIsNotUtf8AsWindows1252AndSaysSo() {
        SpendCsvFile file = SpendCsvFile.read((HEADER + "WF-03,2022-04,\"£1,250.00\",INV-1,Café – April\n")
                .getBytes(WINDOWS_1252));
        assertThat(file.encoding()).isEqualTo("Windows-1252");
        assertThat(file.rows().get(0).line().description()).isEqualTo("Café – April");
        assertThat(file.rows().get(0).line().amount()).isEqualTo(Money.pounds(1250));
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        SpendCsvFile file = SpendCsvFile.read((HEADER + "WF-03,2022-04,10,INV-1,Café\n").getBytes(StandardCharsets.UTF_16));
        assertThat(file.encoding()).isEqualTo("UTF-16");
        assertThat(file.rows().get(0).line().description()).isEqualTo("Café");
    }

    @Test
    void refusesAFileMarkedUtf8ThatIsNotAndSaysWhichLine() {
        byte[] content = join(bytes(0xEF, 0xBB, 0xBF), HEADER.getBytes(StandardCharsets.UTF_8),
                "WF-03,2022-04,10,INV-1,Caf".getBytes(StandardCharsets.UTF_8), bytes(0xE9, '\n'));
        SpendCsvFile file = SpendCsvFile.read(content);
        assertThat(said(file.problem())).isEqualTo("Line 2 is not UTF-8, although the file says it is. "
                + "Save the file as CSV UTF-8 and upload it again.");
        assertThat(file.rows()).isEmpty();
    }

    @Test
    void refusesAFileThatIsNotTextAtAll() {
        String notCsv = "The file is not a CSV file: it may be an Excel workbook or another kind of file. "
                + "Save it as CSV and upload it again.";
        byte[] xlsx = join(bytes('P', 'K', 3, 4, 20, 0, 6, 0), HEADER.getBytes(StandardCharsets.UTF_8));
        byte[] xls = join(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), new byte[512]);
        byte[] utf16WithoutMark = (HEADER + "WF-03,2022-04,10,INV-1,\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] noise = new byte[4096];
        new java.util.Random(6).nextBytes(noise);
        for (byte[] content : List.of(xlsx, xls, utf16WithoutMark, noise)) {
            SpendCsvFile file = SpendCsvFile.read(content);
            assertThat(said(file.problem())).isEqualTo(notCsv);
            assertThat(file.rows()).isEmpty();
        }
    }

    @Test
    void refusesAFileWithoutTheExpectedHeaderOrWithoutRows() {
        assertThat(said(read("code,month,amount\nWF-03,2022-04,10").problem())).startsWith("The header row must be");
        assertThat(said(read("").problem())).startsWith("The file is empty");
        assertThat(said(SpendCsvFile.read(bytes(0xEF, 0xBB, 0xBF, '\r', '\n', ' ', '\n')).problem())).startsWith("The file is empty");
        assertThat(said(read(HEADER).problem())).isEqualTo("The file has a header row but no spend rows");
        assertThat(said(read(HEADER + ",,,,\n\n").problem())).isEqualTo("The file has a header row but no spend rows");
    }

    @Test
    void refusesAFileWhoseAmountsAddUpToATrillionPoundsOrMore() {
        String row = "WF-03,2022-04,\"600,000,000,000.00\",A,\n";
        assertThat(said(read(HEADER + row + row.replace("600", "-600")).problem()))
                .isEqualTo("The amounts in the file add up to £1 trillion or more, counting credits as positive. "
                        + "Check the amounts, or split the file.");
        assertThat(said(read(HEADER + row + row.replace("600,000,000,000", "399,999,999,999.99")).problem())).isNull();
    }

    @Test
    void refusesMoreRowsThanAFileMayHoldQuickly() {
        String row = "WF-03,2022-04,10.00,INV-1,Agency\n";
        assertThat(said(read(HEADER + row.repeat(SpendCsvFile.MAX_ROWS)).problem())).isNull();
        SpendCsvFile tooMany = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> read(HEADER + row.repeat(100_000)));
        assertThat(said(tooMany.problem())).isEqualTo("The file has more than 5,000 rows of spend. "
                + "Split it into files of 5,000 rows or fewer and import each one.");
        assertThat(tooMany.rows()).isEmpty();
    }

    @Test
    void refusesARowItCannotSplitWithoutFailing() {
        SpendCsvFile file = read(HEADER + "WF-03,2022-04,10,INV-1,\n" + ",".repeat(20_000) + "\n");
        assertThat(said(file.problem())).isEqualTo("The file cannot be read as CSV after line 2. Check that it opens in a "
                + "spreadsheet, save it as CSV and upload it again.");
    }
}
