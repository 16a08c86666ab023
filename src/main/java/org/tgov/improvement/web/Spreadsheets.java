package org.tgov.improvement.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table of text as CSV (UTF-8 with a byte order mark, so Excel reads it correctly) or as an xlsx
 * workbook with a bold header row; in CSV, text that a spreadsheet would take for a formula is neutralised.
 */
final class Spreadsheets {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Spreadsheets() {
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(header)).append("\r\n");
        rows.forEach(row -> out.append(line(row)).append("\r\n"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @param wideColumn the column of long text, shown 60 characters wide */
    static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows, int wideColumn) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(sheetName);
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                headerRow.createCell(c).setCellValue(header.get(c));
                headerRow.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            sheet.setColumnWidth(wideColumn, 60 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as an attachment with its name. */
    static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).body(body);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Spreadsheets::cell).collect(Collectors.joining(","));
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
