package org.tgov.spend;

import java.util.List;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;

/**
 * What importing a spend file would do: every row with its cost line, every problem with its line
 * number, and the total. A file is imported only when it has no problems at all.
 *
 * @param encoding how the file's text was read, such as "UTF-8" or "Windows-1252"; null when it is not text
 * @param fileProblems what makes the file as a whole unreadable (each sentence is in spend.properties)
 * @param refusals     the rules that refuse the file as a whole, such as the tranche limit
 */
public record ImportPreview(String fileName, String sha256, String encoding, List<PreviewRow> rows,
        List<Refusal> fileProblems, List<Refusal> refusals, SpendImportView alreadyImported) {

    /** The most rows a preview page shows, so that its size stays bounded whatever the file. */
    public static final int SHOWN_ROWS = 500;
    /** The most problems the error summary lists; the rest are in the table of rows. */
    public static final int LISTED_PROBLEMS = 50;

    /**
     * @param problem why the row cannot be imported, or null
     * @param typed   the row's cells as written in the file, shown for a row that cannot be imported
     */
    public record PreviewRow(int lineNumber, SpendLine line, String costLineName, Refusal problem, List<String> typed) {

        public PreviewRow {
            typed = typed == null ? List.of() : List.copyOf(typed);
        }

        public PreviewRow(int lineNumber, SpendLine line, String costLineName, Refusal problem) {
            this(lineNumber, line, costLineName, problem, List.of());
        }

        /** The cell of a column as written, or "" when the row has fewer cells. */
        public String typed(int column) {
            return column < typed.size() ? typed.get(column) : "";
        }
    }

    public boolean canImport() {
        return alreadyImported == null && fileProblems.isEmpty() && refusals.isEmpty()
                && rows.stream().allMatch(r -> r.problem() == null);
    }

    public List<PreviewRow> problemRows() {
        return rows.stream().filter(r -> r.problem() != null).toList();
    }

    /**
     * The rows the page shows: all of them when there are few; otherwise the first rows with problems,
     * as those are what the user must act on, or the first rows when none has a problem.
     */
    public List<PreviewRow> shownRows() {
        if (rows.size() <= SHOWN_ROWS) {
            return rows;
        }
        List<PreviewRow> problems = problemRows();
        List<PreviewRow> shown = problems.isEmpty() ? rows : problems;
        return shown.subList(0, Math.min(SHOWN_ROWS, shown.size()));
    }

    public boolean showsEveryRow() {
        return rows.size() <= SHOWN_ROWS;
    }

    /** The problems the error summary lists, each linking to its row in the table. */
    public List<PreviewRow> listedProblems() {
        List<PreviewRow> problems = problemRows();
        return problems.subList(0, Math.min(LISTED_PROBLEMS, problems.size()));
    }

    public int validRowCount() {
        return (int) rows.stream().filter(r -> r.problem() == null).count();
    }

    public Money total() {
        return rows.stream().filter(r -> r.line() != null).map(r -> r.line().amount()).reduce(Money.ZERO, Money::plus);
    }
}
