package org.tgov.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes tables as CSV (UTF-8 with a byte order mark, so Excel reads £ correctly) or as an xlsx workbook. */
final class TableDownloads {

    private TableDownloads() {
    }

    static byte[] csv(FinanceTables.Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(List.copyOf(table.header()))).append("\r\n");
        table.rows().forEach(row -> out.append(line(row)).append("\r\n"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<FinanceTables.Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle pounds = workbook.createCellStyle();
            pounds.setDataFormat(workbook.createDataFormat().getFormat("£#,##0.00;-£#,##0.00"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (FinanceTables.Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = table.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        if (cells.get(c) instanceof BigDecimal amount) {
                            // xlsx stores every number as a double; pounds and pence at numeric(14,2) are exact in it
                            cell.setCellValue(amount.doubleValue());
                            cell.setCellStyle(pounds);
                        } else {
                            cell.setCellValue(String.valueOf(cells.get(c)));
                        }
                    }
                }
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 18 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<Object> cells) {
        return cells.stream().map(TableDownloads::cell).collect(Collectors.joining(","));
    }

    private static String cell(Object value) {
        String text = value instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(value);
        // Neutralise spreadsheet formulas (CSV injection) and quote where needed.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof BigDecimal)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
