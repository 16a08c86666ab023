package org.tgov.improvement.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.tgov.improvement.ActionDescriptions;
import org.tgov.improvement.DescribedAction;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.PlanManagement;
import org.tgov.programme.ProgrammeManagement;

/** The programme's inspections: judgements per area, the overall judgement, and the recommendations with the actions answering them. */
@Controller
class InspectionController {

    private final InspectionManagement inspections;
    private final PlanManagement plan;
    private final ActionDescriptions descriptions;
    private final ProgrammeManagement programmes;

    InspectionController(InspectionManagement inspections, PlanManagement plan, ActionDescriptions descriptions,
            ProgrammeManagement programmes) {
        this.inspections = inspections;
        this.plan = plan;
        this.descriptions = descriptions;
        this.programmes = programmes;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/programmes/{id}/inspections")
    String list(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("inspections", inspections.inspections(id));
        Map<Long, List<DescribedAction>> answering = descriptions.describe(id, plan.answeringInspections(id)).stream()
                .collect(Collectors.groupingBy(a -> a.action().inspectionRecommendationId()));
        model.addAttribute("answering", answering);
        model.addAttribute("changeRecommendations", true);
        return "improvement/inspections/list";
    }
}
