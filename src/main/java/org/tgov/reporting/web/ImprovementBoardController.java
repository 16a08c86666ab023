package org.tgov.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tgov.boards.BodyType;
import org.tgov.reporting.DeliveryBoardView;
import org.tgov.reporting.ImprovementBoardReport;
import org.tgov.reporting.ImprovementBoardView;

/**
 * The improvement boards' views of a programme: the independent improvement board's (compliance
 * and progress by priority area) and the operational board's (delivery of the whole programme).
 */
@Controller
class ImprovementBoardController {

    private final ImprovementBoardReport report;
    private final BodiesOfTheRequest bodies;

    ImprovementBoardController(ImprovementBoardReport report, BodiesOfTheRequest bodies) {
        this.report = report;
        this.bodies = bodies;
    }

    @GetMapping("/programmes/{id}/improvement-board")
    String improvementBoard(@PathVariable Long id, Model model) {
        model.addAttribute("navigation", "programmes");
        ImprovementBoardView view = report.improvementBoard(id, bodies.nameOfFirst(b -> b.type() == BodyType.INDEPENDENT_IMPROVEMENT_BOARD));
        model.addAttribute("view", view);
        model.addAttribute("programme", view.programme());
        return "reporting/improvement-board";
    }

    @GetMapping("/programmes/{id}/delivery-board")
    String deliveryBoard(@PathVariable Long id, Model model) {
        model.addAttribute("navigation", "programmes");
        DeliveryBoardView view = report.deliveryBoard(id, bodies.nameOfFirst(b -> b.type() == BodyType.OPERATIONAL_BOARD));
        model.addAttribute("view", view);
        model.addAttribute("programme", view.programme());
        return "reporting/delivery-board";
    }
}
