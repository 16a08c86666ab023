package org.tgov.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.spend.ImportPreview.PreviewRow;

class ImportPreviewTest {

    private static ImportPreview preview(int rows, IntPredicate hasProblem) {
        List<PreviewRow> previewRows = IntStream.rangeClosed(2, rows + 1).mapToObj(line -> hasProblem.test(line)
                ? new PreviewRow(line, null, null, Refusal.of("spend.csv.quoteOpen"))
                : new PreviewRow(line, new SpendLine("RC-1", LocalDate.of(2022, 4, 1), Money.pounds(1), null, null), "Line", null))
                .toList();
        return new ImportPreview("april.csv", "sha", "UTF-8", previewRows, List.of(), List.of(), null);
    }

    @Test
    void showsEveryRowOfAFileOfUsualSize() {
        ImportPreview preview = preview(ImportPreview.SHOWN_ROWS, line -> line == 7);
        assertThat(preview.showsEveryRow()).isTrue();
        assertThat(preview.shownRows()).hasSize(ImportPreview.SHOWN_ROWS);
        assertThat(preview.listedProblems()).extracting(PreviewRow::lineNumber).containsExactly(7);
    }

    @Test
    void showsOnlyTheRowsWithProblemsOfALargeFile() {
        ImportPreview preview = preview(3_000, line -> line % 1_000 == 0);
        assertThat(preview.showsEveryRow()).isFalse();
        assertThat(preview.shownRows()).extracting(PreviewRow::lineNumber).containsExactly(1_000, 2_000, 3_000);
    }

    @Test
    void showsTheFirstRowsOfALargeGoodFile() {
        ImportPreview preview = preview(3_000, line -> false);
        assertThat(preview.shownRows()).hasSize(ImportPreview.SHOWN_ROWS).first().extracting(PreviewRow::lineNumber).isEqualTo(2);
        assertThat(preview.canImport()).isTrue();
    }

    @Test
    void boundsTheRowsShownAndTheProblemsListedHoweverManyThereAre() {
        ImportPreview preview = preview(5_000, line -> true);
        assertThat(preview.problemRows()).hasSize(5_000);
        assertThat(preview.shownRows()).hasSize(ImportPreview.SHOWN_ROWS);
        assertThat(preview.listedProblems()).hasSize(ImportPreview.LISTED_PROBLEMS)
                .allMatch(row -> preview.shownRows().contains(row));
    }
}
