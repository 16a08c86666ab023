package org.tgov.spend.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The cost line page: open to everyone in the organisation. */
@Controller
class CostLinePageController {

    private final CostLinePage page;

    CostLinePageController(CostLinePage page) {
        this.page = page;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/cost-lines/{costLineId}")
    String show(@PathVariable Long costLineId, Model model) {
        return page.show(costLineId, model);
    }
}
