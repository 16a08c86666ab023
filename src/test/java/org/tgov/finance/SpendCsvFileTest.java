package org.tgov.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgov.shared.Money;

class SpendCsvFileTest {

    private static List<SpendCsvFile.Row> read(String text) {
        return SpendCsvFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRowsWithQuotedValuesAndSeveralMonthFormats() {
        List<SpendCsvFile.Row> rows = read("""
                cost line code,month,amount,reference,description
                wf-03,2022-04,"£1,250.50",INV-1,"Agency, April"
                WF-03,05/2022,-20,CR-2,Credit note
                WF-03,30/06/2022,100,,
                """);
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
                """);
        assertThat(rows).extracting(SpendCsvFile.Row::lineNumber).containsExactly(2, 3, 4, 5, 6);
        assertThat(rows.get(0).problem()).isEqualTo("Amount '12.345' must not have more than 2 decimal places");
        assertThat(rows.get(1).problem()).contains("is not a month");
        assertThat(rows.get(2).problem()).isEqualTo("Cost line code is missing");
        assertThat(rows.get(3).problem()).isEqualTo("Expected 5 columns but found 4");
        assertThat(rows.get(4).problem()).isEqualTo("Amount is missing");
    }

    @Test
    void refusesAFileWithoutTheExpectedHeader() {
        assertThat(read("code,month,amount\nWF-03,2022-04,10").get(0).problem()).startsWith("The header row must be");
        assertThat(read("").get(0).problem()).startsWith("The file is empty");
    }
}
