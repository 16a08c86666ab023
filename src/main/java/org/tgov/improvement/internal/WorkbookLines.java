package org.tgov.improvement.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tgov.shared.csv.CsvRecords;

/**
 * The rows of the first sheet of an Excel workbook (.xlsx) as text, each with its row number, read
 * the way a CSV file's lines are: an Excel date as 2023-04-01, a number as written without
 * exponent, a formula as its last calculated value. Blank rows are skipped.
 *
 * <p>A workbook is a zip file, so a small upload can unpack into a huge one (a "zip bomb"): POI's
 * {@link ZipSecureFile} refuses entries that unpack more than 100 times their packed size or beyond
 * {@link #MAX_ENTRY_BYTES}, and a sheet with more rows than the caller's limit is refused without
 * reading them.
 *
 * @param lines   the rows read, header first; empty when refused
 * @param tooMany whether the sheet has more rows than the limit
 * @param readable whether the file could be opened as a workbook at all
 */
record WorkbookLines(List<CsvRecords.Line> lines, boolean tooMany, boolean readable) {

    /** A sheet of 5,000 rows of four columns with long commentary is well under this. */
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    static boolean isWorkbook(byte[] content) {
        if (content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    /** @param limit the most rows (header included) the caller will read */
    static WorkbookLines read(byte[] content, int limit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new WorkbookLines(List.of(), false, true);
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getPhysicalNumberOfRows() > limit) {
                return new WorkbookLines(List.of(), true, true);
            }
            List<CsvRecords.Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.min(row.getLastCellNum(), 50);
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c)));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                if (!cells.isEmpty()) {
                    lines.add(new CsvRecords.Line(row.getRowNum() + 1, cells, false));
                }
            }
            return new WorkbookLines(lines, false, true);
        } catch (IOException | RuntimeException unreadable) {
            // not a workbook after all, a damaged one, or one refused as a zip bomb
            return new WorkbookLines(List.of(), false, false);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    private static String number(Cell cell) {
        LocalDateTime date = DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : null;
        return date != null ? date.toLocalDate().toString()
                : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
}
