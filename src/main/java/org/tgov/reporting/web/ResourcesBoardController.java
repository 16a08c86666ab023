package org.tgov.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tgov.reporting.ResourcesBoardReport;

@Controller
class ResourcesBoardController {

    private final ResourcesBoardReport report;

    ResourcesBoardController(ResourcesBoardReport report) {
        this.report = report;
    }

    @GetMapping("/programmes/{id}/resources-board")
    String view(@PathVariable Long id, @RequestParam(defaultValue = "thousands") String units, Model model) {
        model.addAttribute("navigation", "programmes");
        model.addAttribute("view", report.view(id));
        model.addAttribute("thousands", !"pounds".equals(units));
        return "reporting/resources-board";
    }
}
