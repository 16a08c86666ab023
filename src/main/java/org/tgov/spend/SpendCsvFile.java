package org.tgov.spend;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.tgov.shared.FieldName;
import org.tgov.shared.csv.CsvRecords;
import org.tgov.shared.csv.CsvText;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.UnreadableAmount;

/**
 * A finance-system export of actual spend: a header row, then one row per cost line and month with
 * the columns cost line code, month, amount, reference, description. Reads it into spend lines
 * and the problem of every row it cannot read (a refusal, whose sentence is in spend.properties),
 * with the row's line number, or refuses the whole file with the reason (not text, no header, no
 * rows, too many rows, amounts adding up to more than the totals can hold).
 *
 * @param encoding how the file's text was read, such as "UTF-8" or "Windows-1252"; null when it is not text
 * @param rows     every data row, in the order of the file; empty when the file is refused
 * @param problem  why the whole file is refused; null when its rows could be read
 */
public record SpendCsvFile(String encoding, List<Row> rows, Refusal problem) {

    /** Monthly exports are a few hundred rows; a file far larger is a mistake, and would make a page nobody can check. */
    public static final int MAX_ROWS = 5_000;
    /** The header row a file must have: the columns' names in the file's own format. */
    static final List<String> COLUMNS = List.of("cost line code", "month", "amount", "reference", "description");
    /** What each column is called in a sentence about a row's value (see FieldName). */
    private static final List<String> COLUMN_NAMES = List.of("spend.csv.column.costLineCode", "field.month",
            "field.amount", "spend.csv.column.reference", "spend.csv.column.description");
    /**
     * The longest values the database keeps: actual_spend.reference and description, cost_line.code
     * (as the sentences reference.tooLong, description.tooLong and spend.csv.costLineCode.tooLong say).
     */
    private static final int MAX_CODE = 40;
    private static final int MAX_REFERENCE = 100;
    private static final int MAX_DESCRIPTION = 500;
    /** The months a financial year can hold (see FinancialYear). */
    private static final LocalDate FIRST_MONTH = LocalDate.of(1900, 4, 1);
    private static final LocalDate LAST_MONTH = LocalDate.of(3000, 3, 1);
    private static final int QUOTED_LENGTH = 20;
    private static final BigDecimal TRILLION = new BigDecimal("1000000000000");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);
    private static final DateTimeFormatter UK_MONTH = DateTimeFormatter.ofPattern("M/uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);

    /**
     * One data row: its line number in the file, and either the spend it holds or what is wrong with
     * it; {@code typed} is its cells as written (bounded, control characters replaced), so that a
     * rejected row still shows what it says.
     */
    public record Row(int lineNumber, SpendLine line, Refusal problem, List<String> typed) {
        public Row {
            typed = List.copyOf(typed);
        }

        public boolean isValid() {
            return problem == null;
        }
    }

    public static SpendCsvFile read(byte[] content) {
        CsvText text = CsvText.decode(content);
        if (text.refusal() != null) {
            return refused(null, text.refusal());
        }
        CsvRecords records = CsvRecords.read(text.text(), MAX_ROWS + 1);
        switch (records.outcome()) {
            case TOO_MANY -> {
                return refused(text.encoding(), Refusal.of("spend.csv.tooManyRows", MAX_ROWS));
            }
            case UNREADABLE -> {
                int line = records.lastLineRead();
                return refused(text.encoding(), line > 0 ? Refusal.of("spend.csv.unreadableAfter", line)
                        : Refusal.of("spend.csv.unreadable"));
            }
            default -> {
                return rows(text.encoding(), records.lines());
            }
        }
    }

    private static SpendCsvFile rows(String encoding, List<CsvRecords.Line> lines) {
        if (lines.isEmpty()) {
            return refused(encoding, Refusal.of("spend.csv.empty", String.join(", ", COLUMNS)));
        }
        List<String> header = lines.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.UK)).toList();
        if (!header.equals(COLUMNS)) {
            return refused(encoding, Refusal.of("spend.csv.header", String.join(", ", COLUMNS)));
        }
        if (lines.size() == 1) {
            return refused(encoding, Refusal.of("spend.csv.noRows"));
        }
        List<Row> rows = lines.subList(1, lines.size()).stream().map(SpendCsvFile::row).toList();
        BigDecimal sizeOfAll = rows.stream().filter(Row::isValid).map(row -> row.line().amount().amount().abs())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sizeOfAll.compareTo(TRILLION) >= 0) {
            // every total made of these rows (the file's, a cost line's) must be an amount Money can hold
            return refused(encoding, Refusal.of("spend.csv.tooLarge"));
        }
        return new SpendCsvFile(encoding, rows, null);
    }

    private static SpendCsvFile refused(String encoding, Refusal problem) {
        return new SpendCsvFile(encoding, List.of(), problem);
    }

    private static Row row(CsvRecords.Line line) {
        Refusal problem = problem(line);
        List<String> typed = line.cells().stream().limit(COLUMNS.size()).map(SpendCsvFile::shown).toList();
        if (problem != null) {
            return new Row(line.number(), null, problem, typed);
        }
        List<String> cells = line.cells();
        SpendLine spend = new SpendLine(cells.get(0).strip().toUpperCase(Locale.ROOT), month(cells.get(1).strip()),
                Money.parse(cells.get(2).strip()), cells.get(3), cells.get(4));
        return new Row(line.number(), spend, null, typed);
    }

    /** What is wrong with the row, or null when it can be read. */
    private static Refusal problem(CsvRecords.Line line) {
        if (line.quoteLeftOpen()) {
            return Refusal.of("spend.csv.quoteOpen");
        }
        List<String> cells = line.cells();
        if (cells.size() != COLUMNS.size()) {
            return Refusal.of("spend.csv.columns", COLUMNS.size(), cells.size());
        }
        for (int column = 0; column < cells.size(); column++) {
            int control = cells.get(column).chars().filter(SpendCsvFile::isControl).findFirst().orElse(-1);
            if (control >= 0) {
                // PostgreSQL cannot keep a null character in text, and no other control character belongs in spend
                return Refusal.of("spend.csv.controlCharacter", column(column), String.format("U+%04X", control));
            }
        }
        String code = cells.get(0).strip();
        String month = cells.get(1).strip();
        String amount = cells.get(2).strip();
        if (code.isEmpty()) {
            return Refusal.of("spend.csv.missing", column(0));
        }
        if (code.length() > MAX_CODE) {
            return Refusal.of("spend.csv.costLineCode.tooLong");
        }
        LocalDate parsedMonth = month(month);
        if (parsedMonth == null) {
            return Refusal.of("spend.csv.month.notAMonth", quoted(month));
        }
        if (parsedMonth.isBefore(FIRST_MONTH) || parsedMonth.isAfter(LAST_MONTH)) {
            return Refusal.of("spend.csv.month.outOfRange", quoted(month));
        }
        if (amount.isEmpty()) {
            return Refusal.of("spend.csv.missing", column(2));
        }
        try {
            Money.parse(amount);
        } catch (UnreadableAmount unreadable) {
            return Refusal.of(unreadable.code(), FieldName.of("spend.csv.amountTyped", quoted(amount)).atStart());
        }
        if (cells.get(3).strip().length() > MAX_REFERENCE) {
            return Refusal.of("reference.tooLong");
        }
        if (cells.get(4).strip().length() > MAX_DESCRIPTION) {
            return Refusal.of("description.tooLong");
        }
        return null;
    }

    /** A column's name at the start of a sentence: "Cost line code is missing". */
    private static FieldName.AtStart column(int column) {
        return FieldName.of(COLUMN_NAMES.get(column)).atStart();
    }

    /** Tab and the line breaks of a quoted value are text; every other control character is not. */
    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    /** A cell as the preview shows it: its start, with control characters (such as a null) made visible. */
    private static String shown(String cell) {
        StringBuilder shown = new StringBuilder();
        quoted(cell.strip()).codePoints().forEach(c -> shown.appendCodePoint(isControl(c) || c == '\n' || c == '\r' ? '\uFFFD' : c));
        return shown.toString();
    }

    /** The start of a value shown back in a problem, so that a huge one does not fill the page. */
    private static String quoted(String value) {
        return value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "…";
    }

    static LocalDate month(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, UK_DATE)) {
            try {
                return LocalDate.parse(text, format).withDayOfMonth(1);
            } catch (DateTimeException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ofPattern("uuuu-MM"), UK_MONTH, MONTH_NAME)) {
            try {
                return YearMonth.parse(text, format).atDay(1);
            } catch (DateTimeException ignored) {
                // try the next format
            }
        }
        return null;
    }
}
