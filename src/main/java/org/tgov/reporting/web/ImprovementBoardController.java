package org.tgov.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.reporting.ImprovementBoardReport;

/**
 * The improvement boards' views of a programme: the independent improvement board's (compliance
 * and progress by priority area) and the operational board's (delivery of the whole programme).
 */
@Controller
class ImprovementBoardController {

    private final ImprovementBoardReport report;
    private final ProgrammeManagement programmes;

    ImprovementBoardController(ImprovementBoardReport report, ProgrammeManagement programmes) {
        this.report = report;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/improvement-board")
    String improvementBoard(@PathVariable Long id, Model model) {
        model.addAttribute("navigation", "programmes");
        model.addAttribute("view", report.improvementBoard(id));
        model.addAttribute("programme", programmes.get(id));
        return "reporting/improvement-board";
    }

    @GetMapping("/programmes/{id}/delivery-board")
    String deliveryBoard(@PathVariable Long id, Model model) {
        model.addAttribute("navigation", "programmes");
        model.addAttribute("view", report.deliveryBoard(id));
        model.addAttribute("programme", programmes.get(id));
        return "reporting/delivery-board";
    }
}
