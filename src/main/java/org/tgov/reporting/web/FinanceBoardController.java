package org.tgov.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tgov.boards.BodySummary;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.reporting.FinanceBoardReport;

/**
 * The finance board view: what the chair of the body that oversees the money reads before a
 * meeting, for the financial year they choose, in £000 unless they ask for pounds.
 */
@Controller
class FinanceBoardController {

    private final FinanceBoardReport report;
    private final BodiesOfTheRequest bodies;
    private final ProgrammeManagement programmes;
    private final RenderedBoards boards;

    FinanceBoardController(FinanceBoardReport report, BodiesOfTheRequest bodies, ProgrammeManagement programmes,
            RenderedBoards boards) {
        this.report = report;
        this.bodies = bodies;
        this.programmes = programmes;
        this.boards = boards;
    }

    @GetMapping("/programmes/{id}/resources-board")
    String view(@PathVariable Long id, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "thousands") String units, Model model, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        String body = bodies.nameOfFirst(BodySummary::decidesChangeRequests);
        Programme programme = programmes.get(id);
        boolean thousands = !"pounds".equals(units);
        model.addAttribute("navigation", "programmes");
        model.addAttribute("programme", programme);
        model.addAttribute("boardName", body);
        model.addAttribute("unnamedBoard", "section.financeBoard.unnamed");
        model.addAttribute("tab", "resources-board");
        model.addAttribute("thousands", thousands);
        return boards.show("reporting/resources-board", Arrays.asList(id, year, thousands, body),
                () -> Map.of("view", report.view(programme, year, body)), model, request, response);
    }
}
