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
import org.tgov.improvement.ActionView;
import org.tgov.improvement.DescribedAction;
import org.tgov.shared.UkDates;

/**
 * A list of actions as CSV (UTF-8 with a byte order mark, so Excel reads it correctly) or as an xlsx
 * workbook, with the columns of the page; text that a spreadsheet would take for a formula is neutralised.
 */
final class ActionDownloads {

    static final List<String> HEADER = List.of("Reference", "Action", "Priority area", "Workstream", "Owner", "Due",
            "Overdue", "Status", "Progress", "Impact", "Last update");

    private ActionDownloads() {
    }

    static byte[] csv(List<DescribedAction> actions) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(line(HEADER)).append("\r\n");
        actions.forEach(a -> out.append(line(cells(a))).append("\r\n"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<DescribedAction> actions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet("Actions");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < actions.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = cells(actions.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            sheet.setColumnWidth(1, 60 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(DescribedAction described) {
        ActionView a = described.action();
        return List.of(a.reference(), a.title(), described.priorityArea(), described.workstream(), described.owner(),
                UkDates.format(a.dueOn()), a.overdue() ? "Overdue" : "", a.status().label(), a.progress().label(),
                a.impact().label(), a.lastUpdateOn() == null ? "" : UkDates.format(a.lastUpdateOn()));
    }

    private static String line(List<String> cells) {
        return cells.stream().map(ActionDownloads::cell).collect(Collectors.joining(","));
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
