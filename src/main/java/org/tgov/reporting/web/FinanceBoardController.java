package org.tgov.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tgov.boards.BodySummary;
import org.tgov.reporting.FinanceBoardReport;

/**
 * The finance board view: what the chair of the body that oversees the money reads before a
 * meeting, for the financial year they choose, in £000 unless they ask for pounds.
 */
@Controller
class FinanceBoardController {

    private final FinanceBoardReport report;
    private final BodiesOfTheRequest bodies;

    FinanceBoardController(FinanceBoardReport report, BodiesOfTheRequest bodies) {
        this.report = report;
        this.bodies = bodies;
    }

    @GetMapping("/programmes/{id}/resources-board")
    String view(@PathVariable Long id, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "thousands") String units, Model model) {
        model.addAttribute("navigation", "programmes");
        model.addAttribute("view", report.view(id, year, bodies.nameOfFirst(BodySummary::decidesChangeRequests)));
        model.addAttribute("thousands", !"pounds".equals(units));
        return "reporting/resources-board";
    }
}
