package org.tgov.improvement.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refusal;
import org.tgov.shared.csv.CsvRecords;
import org.tgov.shared.csv.CsvText;

/**
 * A file of measure values, CSV or an Excel workbook (.xlsx, its first sheet): a header row, then one
 * row per measure and period with the columns measure, period, value and commentary (which may be left
 * empty). Reads each row into what it says, or the problem that stops it being read, with its line
 * number; or refuses the whole file with the reason (not text nor a workbook, no header, no rows,
 * too many rows). Whether a row's measure exists is the programme's to say, not the file's.
 *
 * @param workbook whether the file was read as an Excel workbook
 * @param encoding the CSV file's encoding, such as "Windows-1252"; null for a workbook or a file that is not text
 */
public record MeasureValuesFile(boolean workbook, String encoding, List<Row> rows, Refusal problem) {

    /** A year of monthly values for a few dozen measures is a few hundred rows; far more is a mistake. */
    public static final int MAX_ROWS = 5_000;
    static final List<String> COLUMNS = List.of("measure", "period", "value", "commentary");
    private static final List<String> COLUMN_NAMES = List.of("improvement.import.column.measure",
            "improvement.import.column.period", "improvement.import.column.value", "improvement.import.column.commentary");
    /** measure.name and the value form's limits (see improvement.measure.name.tooLong, improvement.progress.commentary.tooLong). */
    private static final int MAX_NAME = 200;
    private static final int MAX_COMMENTARY = 4000;
    private static final int QUOTED_LENGTH = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * One data row: its line number (the row number in a workbook), what it says (the period as the
     * first day of its month, as values are kept) or what is wrong with it, and its cells as written.
     */
    public record Row(int lineNumber, String measure, LocalDate period, BigDecimal value, String commentary, Refusal problem,
            List<String> typed) {
        public Row {
            typed = List.copyOf(typed);
        }

        public boolean isValid() {
            return problem == null;
        }

        public Row refused(Refusal refusal) {
            return new Row(lineNumber, measure, period, value, commentary, refusal, typed);
        }
    }

    public static MeasureValuesFile read(byte[] content) {
        if (WorkbookLines.isWorkbook(content)) {
            WorkbookLines workbook = WorkbookLines.read(content, MAX_ROWS + 1);
            if (!workbook.readable()) {
                return refused(true, null, Refusal.of("improvement.import.notWorkbook"));
            }
            if (workbook.tooMany()) {
                return refused(true, null, Refusal.of("improvement.import.tooManyRows", MAX_ROWS));
            }
            return rows(true, null, workbook.lines());
        }
        CsvText text = CsvText.decode(content);
        if (text.refusal() != null) {
            return refused(false, null, text.refusal() == CsvText.NOT_TEXT ? Refusal.of("improvement.import.notText") : text.refusal());
        }
        CsvRecords records = CsvRecords.read(text.text(), MAX_ROWS + 1);
        return switch (records.outcome()) {
            case TOO_MANY -> refused(false, text.encoding(), Refusal.of("improvement.import.tooManyRows", MAX_ROWS));
            case UNREADABLE -> refused(false, text.encoding(), records.lastLineRead() > 0
                    ? Refusal.of("spend.csv.unreadableAfter", records.lastLineRead()) : Refusal.of("spend.csv.unreadable"));
            default -> rows(false, text.encoding(), records.lines());
        };
    }

    private static MeasureValuesFile rows(boolean workbook, String encoding, List<CsvRecords.Line> lines) {
        if (lines.isEmpty()) {
            return refused(workbook, encoding, Refusal.of("spend.csv.empty", String.join(", ", COLUMNS)));
        }
        List<String> header = lines.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.UK)).toList();
        if (!header.equals(COLUMNS) && !header.equals(COLUMNS.subList(0, 3))) {
            return refused(workbook, encoding, Refusal.of("improvement.import.header", String.join(", ", COLUMNS)));
        }
        if (lines.size() == 1) {
            return refused(workbook, encoding, Refusal.of("improvement.import.noRows"));
        }
        return new MeasureValuesFile(workbook, encoding, lines.subList(1, lines.size()).stream().map(MeasureValuesFile::row).toList(), null);
    }

    private static MeasureValuesFile refused(boolean workbook, String encoding, Refusal problem) {
        return new MeasureValuesFile(workbook, encoding, List.of(), problem);
    }

    private static Row row(CsvRecords.Line line) {
        List<String> typed = line.cells().stream().limit(COLUMNS.size()).map(MeasureValuesFile::shown).toList();
        Refusal problem = problem(line);
        if (problem != null) {
            return new Row(line.number(), null, null, null, null, problem, typed);
        }
        List<String> cells = line.cells();
        String commentary = cells.size() > 3 && !cells.get(3).isBlank() ? cells.get(3).strip() : null;
        return new Row(line.number(), cells.get(0).strip(), date(cells.get(1).strip()).withDayOfMonth(1),
                new BigDecimal(cells.get(2).strip()).setScale(2), commentary, null, typed);
    }

    /** What is wrong with the row, or null when it can be read. */
    private static Refusal problem(CsvRecords.Line line) {
        if (line.quoteLeftOpen()) {
            return Refusal.of("spend.csv.quoteOpen");
        }
        List<String> cells = line.cells();
        if (cells.size() < 3 || cells.size() > COLUMNS.size()) {
            return Refusal.of("improvement.import.columns", cells.size());
        }
        for (int column = 0; column < cells.size(); column++) {
            int control = cells.get(column).chars().filter(MeasureValuesFile::isControl).findFirst().orElse(-1);
            if (control >= 0) {
                // PostgreSQL cannot keep a null character in text, and no other control character belongs in a value
                return Refusal.of("spend.csv.controlCharacter", column(column), String.format("U+%04X", control));
            }
        }
        String measure = cells.get(0).strip();
        String period = cells.get(1).strip();
        String value = cells.get(2).strip();
        if (measure.isEmpty()) {
            return Refusal.of("spend.csv.missing", column(0));
        }
        if (measure.length() > MAX_NAME) {
            return Refusal.of("improvement.import.measure.tooLong");
        }
        if (period.isEmpty()) {
            return Refusal.of("spend.csv.missing", column(1));
        }
        LocalDate date = date(period);
        if (date == null) {
            return Refusal.of("improvement.import.period.notADate", quoted(period));
        }
        if (date.isBefore(FIRST_DAY)) {
            return Refusal.of("improvement.import.period.tooEarly", quoted(period));
        }
        if (value.isEmpty()) {
            return Refusal.of("spend.csv.missing", column(2));
        }
        if (!value.matches("[0-9]{1,9}(\\.[0-9]{1,2})?")) {
            return Refusal.of(value.matches("-?[0-9.,]+") ? "improvement.import.value.format" : "improvement.import.value.notANumber",
                    quoted(value));
        }
        if (cells.size() > 3 && cells.get(3).strip().length() > MAX_COMMENTARY) {
            return Refusal.of("improvement.progress.commentary.tooLong");
        }
        return null;
    }

    /** A date as 2023-04-30 or 30/04/2023 (as Excel writes its dates in a CSV file), or null. */
    static LocalDate date(String text) {
        for (DateTimeFormatter format : List.of(ISO_DATE, UK_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private static FieldName.AtStart column(int column) {
        return FieldName.of(COLUMN_NAMES.get(column)).atStart();
    }

    /** Tab and the line breaks of a quoted value are text; every other control character is not. */
    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    private static String shown(String cell) {
        StringBuilder shown = new StringBuilder();
        quoted(cell.strip()).codePoints().forEach(c -> shown.appendCodePoint(isControl(c) || c == '\n' || c == '\r' ? '\uFFFD' : c));
        return shown.toString();
    }

    private static String quoted(String value) {
        return value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "…";
    }
}
