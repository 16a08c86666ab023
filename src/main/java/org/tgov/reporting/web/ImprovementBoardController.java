package org.tgov.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tgov.boards.BodyType;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.reporting.ImprovementBoardReport;

/**
 * The improvement boards' views of a programme: the independent improvement board's (compliance
 * and progress by priority area) and the operational board's (delivery of the whole programme).
 */
@Controller
class ImprovementBoardController {

    private final ImprovementBoardReport report;
    private final BodiesOfTheRequest bodies;
    private final ProgrammeManagement programmes;
    private final RenderedBoards boards;

    ImprovementBoardController(ImprovementBoardReport report, BodiesOfTheRequest bodies, ProgrammeManagement programmes,
            RenderedBoards boards) {
        this.report = report;
        this.bodies = bodies;
        this.programmes = programmes;
        this.boards = boards;
    }

    @GetMapping("/programmes/{id}/improvement-board")
    String improvementBoard(@PathVariable Long id, Model model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        String body = bodies.nameOfFirst(b -> b.type() == BodyType.INDEPENDENT_IMPROVEMENT_BOARD);
        Programme programme = heading(id, body, "section.improvementBoard.unnamed", "improvement-board", model);
        return boards.show("reporting/improvement-board", Arrays.asList(id, body),
                () -> Map.of("view", report.improvementBoard(programme, body)), model, request, response);
    }

    @GetMapping("/programmes/{id}/delivery-board")
    String deliveryBoard(@PathVariable Long id, Model model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        String body = bodies.nameOfFirst(b -> b.type() == BodyType.OPERATIONAL_BOARD);
        Programme programme = heading(id, body, "section.deliveryBoard.unnamed", "delivery-board", model);
        return boards.show("reporting/delivery-board", Arrays.asList(id, body),
                () -> Map.of("view", report.deliveryBoard(programme, body)), model, request, response);
    }

    /** The programme (the reader's, or not found) and what the page's heading and tabs need. */
    private Programme heading(Long id, String body, String unnamed, String tab, Model model) {
        Programme programme = programmes.get(id);
        model.addAttribute("navigation", "programmes");
        model.addAttribute("programme", programme);
        model.addAttribute("boardName", body);
        model.addAttribute("unnamedBoard", unnamed);
        model.addAttribute("tab", tab);
        return programme;
    }
}
