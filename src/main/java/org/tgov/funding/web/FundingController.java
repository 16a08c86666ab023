package org.tgov.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.tgov.funding.FundingFacts;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;

/** The programme's funding: its streams by year, and its funding decisions with their tranches. */
@Controller
class FundingController {

    private final ProgrammeManagement programmes;
    private final FundingFacts funding;
    private final Clock clock;

    FundingController(ProgrammeManagement programmes, FundingFacts funding, Clock clock) {
        this.programmes = programmes;
        this.funding = funding;
        this.clock = clock;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    /** Three queries whatever the amount of data: the programme, the streams with amounts, the decisions with tranches. */
    @GetMapping("/programmes/{id}/funding")
    String funding(@PathVariable Long id, Model model) {
        Programme programme = programmes.get(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("programme", programme);
        model.addAttribute("today", today);
        model.addAttribute("funding", FundingPage.of(programme, funding.streams(id), funding.decisions(id), today));
        return "funding/list";
    }
}
