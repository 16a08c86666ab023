package org.tgov.finance;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tgov.shared.Money;

/**
 * A finance-system export of actual spend: a header row, then one row per cost line and month with
 * the columns cost line code, month, amount, reference, description. Reads it into spend lines
 * and a plain-English problem for every row it cannot read, with the row's line number.
 */
public final class SpendCsvFile {

    static final List<String> COLUMNS = List.of("cost line code", "month", "amount", "reference", "description");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK);
    private static final DateTimeFormatter UK_MONTH = DateTimeFormatter.ofPattern("M/uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);

    /** One data row: its line number in the file, and either the spend it holds or what is wrong with it. */
    public record Row(int lineNumber, SpendLine line, String problem) {
        public boolean isValid() {
            return problem == null;
        }
    }

    private SpendCsvFile() {
    }

    public static List<Row> read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            rows.add(new Row(1, null, "The file is empty. It needs a header row: " + String.join(", ", COLUMNS)));
            return rows;
        }
        List<String> header = split(lines[0]).stream().map(h -> h.strip().toLowerCase(Locale.UK)).toList();
        if (!header.equals(COLUMNS)) {
            rows.add(new Row(1, null, "The header row must be: " + String.join(", ", COLUMNS)));
            return rows;
        }
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(row(i + 1, lines[i]));
            }
        }
        if (rows.isEmpty()) {
            rows.add(new Row(2, null, "The file has a header row but no spend rows"));
        }
        return rows;
    }

    private static Row row(int lineNumber, String text) {
        List<String> cells;
        try {
            cells = split(text);
        } catch (IllegalArgumentException e) {
            return new Row(lineNumber, null, e.getMessage());
        }
        if (cells.size() != COLUMNS.size()) {
            return new Row(lineNumber, null, "Expected " + COLUMNS.size() + " columns but found " + cells.size());
        }
        String code = cells.get(0).strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return new Row(lineNumber, null, "Cost line code is missing");
        }
        LocalDate month = month(cells.get(1).strip());
        if (month == null) {
            return new Row(lineNumber, null, "Month '" + cells.get(1).strip() + "' is not a month: use 2022-04 or 04/2022");
        }
        String rawAmount = cells.get(2).strip();
        if (rawAmount.isEmpty()) {
            return new Row(lineNumber, null, "Amount is missing");
        }
        Money amount;
        try {
            amount = Money.parse(rawAmount);
        } catch (IllegalArgumentException e) {
            return new Row(lineNumber, null, "Amount '" + rawAmount + "' " + e.getMessage().replaceFirst("^Amount ", ""));
        }
        return new Row(lineNumber, new SpendLine(code, month, amount, cells.get(3), cells.get(4)), null);
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

    /** Splits one CSV record (RFC 4180 quoting; no line breaks inside fields). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted value is not closed");
        }
        cells.add(cell.toString());
        return cells;
    }
}
