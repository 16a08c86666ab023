package org.tgov.shared.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The records of a CSV text (RFC 4180, read by FastCSV), each with the line it starts on, so that
 * a quoted line break inside a value does not put later line numbers out. Blank records, such as
 * the rows of commas a spreadsheet leaves at the end, are skipped.
 *
 * @param lastLineRead the line on which the last record read starts (0 when none was): where an
 *                     unreadable record follows
 */
public record CsvRecords(List<Line> lines, Outcome outcome, int lastLineRead) {

    /**
     * Added after the text. A quote left open swallows the rest of the text into one value, which
     * FastCSV does not report; the marker is then swallowed too instead of being read on its own.
     */
    private static final String END = "end of the text";

    public enum Outcome {
        /** Every record was read. */
        COMPLETE,
        /** Reading stopped at the limit: there are more records. */
        TOO_MANY,
        /** A record after the last line read cannot be split into values, such as one with too many of them. */
        UNREADABLE
    }

    /** @param quoteLeftOpen whether a quoted value in this record is never closed (it then runs to the end of the text) */
    public record Line(int number, List<String> cells, boolean quoteLeftOpen) {
    }

    /** Reads up to {@code limit} records and no further, however long the text. */
    public static CsvRecords read(String text, int limit) {
        List<Line> lines = new ArrayList<>();
        int lastLineRead = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true).ofCsvRecord(text + "\n" + END)) {
            Iterator<CsvRecord> records = reader.iterator();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                lastLineRead = (int) record.getStartingLineNumber();
                boolean last = !records.hasNext();
                if (last && record.getFieldCount() == 1 && record.getField(0).equals(END)) {
                    break;
                }
                if (record.getFields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (lines.size() == limit) {
                    return new CsvRecords(lines, Outcome.TOO_MANY, lastLineRead);
                }
                lines.add(last ? leftOpen(record) : new Line((int) record.getStartingLineNumber(), record.getFields(), false));
            }
            return new CsvRecords(lines, Outcome.COMPLETE, lastLineRead);
        } catch (CsvParseException e) {
            return new CsvRecords(lines, Outcome.UNREADABLE, lastLineRead);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Line leftOpen(CsvRecord record) {
        List<String> cells = new ArrayList<>(record.getFields());
        String swallowed = cells.remove(cells.size() - 1);
        String marker = "\n" + END;
        cells.add(swallowed.endsWith(marker) ? swallowed.substring(0, swallowed.length() - marker.length()) : swallowed);
        return new Line((int) record.getStartingLineNumber(), cells, true);
    }
}
