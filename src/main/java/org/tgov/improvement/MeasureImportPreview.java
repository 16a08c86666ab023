package org.tgov.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tgov.shared.Refusal;

/**
 * What importing a file of measure values would do: every row with its measure, the value it would
 * replace, and every problem with its line number. A file is imported only when it has no problem at all.
 *
 * @param workbook    whether the file was read as an Excel workbook (its first sheet) rather than CSV
 * @param encoding    how a CSV file's text was read, such as "UTF-8" or "Windows-1252"; null otherwise
 * @param fileProblem what makes the file as a whole unreadable; null when its rows were read
 */
public record MeasureImportPreview(String fileName, boolean workbook, String encoding, List<Row> rows, Refusal fileProblem) {

    /** The most rows a preview page shows, so that its size stays bounded whatever the file. */
    public static final int SHOWN_ROWS = 500;
    /** The most problems the error summary lists; the rest are in the table of rows. */
    public static final int LISTED_PROBLEMS = 50;

    public MeasureImportPreview {
        rows = List.copyOf(rows);
    }

    /**
     * @param measureId the measure the row is for; null when the row has a problem
     * @param replaces  the value already recorded for the measure and month, which importing replaces; null when none
     * @param typed     the row's cells as written in the file, shown for a row that cannot be imported
     */
    public record Row(int lineNumber, Long measureId, String measureName, LocalDate period, BigDecimal value, String commentary,
            BigDecimal replaces, Refusal problem, List<String> typed) {

        public Row {
            typed = typed == null ? List.of() : List.copyOf(typed);
        }

        /** The cell of a column as written, or "" when the row has fewer cells. */
        public String typed(int column) {
            return column < typed.size() ? typed.get(column) : "";
        }
    }

    public boolean canImport() {
        return fileProblem == null && rows.stream().allMatch(r -> r.problem() == null);
    }

    public List<Row> problemRows() {
        return rows.stream().filter(r -> r.problem() != null).toList();
    }

    /** How many values already recorded the import replaces. */
    public long replacedCount() {
        return rows.stream().filter(r -> r.problem() == null && r.replaces() != null).count();
    }

    /** All rows when there are few; otherwise the first rows with problems, or the first rows when none has one. */
    public List<Row> shownRows() {
        if (rows.size() <= SHOWN_ROWS) {
            return rows;
        }
        List<Row> problems = problemRows();
        List<Row> shown = problems.isEmpty() ? rows : problems;
        return shown.subList(0, Math.min(SHOWN_ROWS, shown.size()));
    }

    public boolean showsEveryRow() {
        return rows.size() <= SHOWN_ROWS;
    }

    public List<Row> listedProblems() {
        List<Row> problems = problemRows();
        return problems.subList(0, Math.min(LISTED_PROBLEMS, problems.size()));
    }
}
