package org.tgov.reporting.web;

import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.reporting.CapitalReceiptsReport;

/** The external auditor's page: what the flexible use of capital receipts paid for, and what it saved. */
@Controller
class CapitalReceiptsController {

    private final CapitalReceiptsReport report;
    private final ProgrammeManagement programmes;
    private final WorkstreamManagement workstreams;

    CapitalReceiptsController(CapitalReceiptsReport report, ProgrammeManagement programmes,
            WorkstreamManagement workstreams) {
        this.report = report;
        this.programmes = programmes;
        this.workstreams = workstreams;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/programmes/{id}/savings/capital-receipts")
    String capitalReceipts(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("use", report.of(id));
        model.addAttribute("workstreamNames", workstreams.of(id).stream()
                .collect(Collectors.toMap(Workstream::getId, Workstream::getName)));
        return "reporting/capital-receipts";
    }
}
