package org.tgov.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.reporting.FinanceReports;
import org.tgov.reporting.ProgrammeFinance;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.web.Pagination;

/** The programme finance page and its downloads. */
@Controller
class FinanceController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FinanceReports reports;
    private final ProgrammeManagement programmes;

    FinanceController(FinanceReports reports, ProgrammeManagement programmes) {
        this.reports = reports;
        this.programmes = programmes;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    /** @param page which page of the by-cost-line table ({@value Pagination#ROWS} lines a page; the downloads have all) */
    @GetMapping("/programmes/{id}/finance")
    String finance(@PathVariable Long id, @RequestParam(defaultValue = "pounds") String units,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String page, Model model) {
        Programme programme = programmes.get(id);
        ProgrammeFinance finance = reports.programmeFinance(id);
        FinancialYear selected = year == null ? null : finance.years().stream()
                .filter(y -> y.startYear() == year).findFirst().orElse(null);
        model.addAttribute("year", selected);
        model.addAttribute("programme", programme);
        model.addAttribute("finance", finance);
        model.addAttribute("thousands", "thousands".equals(units));
        model.addAttribute("illustrative", finance.hasIllustrativeFigures());
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/programmes/" + id + "/finance")
                .queryParam("units", "thousands".equals(units) ? "thousands" : "pounds")
                .queryParamIfPresent("year", Optional.ofNullable(selected).map(FinancialYear::startYear));
        model.addAttribute("lines", Pagination.of(finance.byCostLine(), page, base));
        return "reporting/finance";
    }

    @GetMapping("/programmes/{id}/finance/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable Long id, @PathVariable String table) {
        Programme programme = programmes.get(id);
        FinanceTables.Table data = FinanceTables.named(reports.programmeFinance(id), table);
        return download(TableDownloads.csv(data), new MediaType("text", "csv", StandardCharsets.UTF_8),
                fileName(programme, data.name()) + ".csv");
    }

    @GetMapping("/programmes/{id}/finance.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable Long id) {
        Programme programme = programmes.get(id);
        return download(TableDownloads.xlsx(FinanceTables.all(reports.programmeFinance(id))), XLSX,
                fileName(programme, "finance") + ".xlsx");
    }

    private static String fileName(Programme programme, String what) {
        return (programme.getName() + " " + what).replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
