package org.tgov.improvement.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tgov.identity.UserDirectory;
import org.tgov.improvement.ActionDescriptions;
import org.tgov.improvement.ActionProgress;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.PlanManagement;
import org.tgov.improvement.PriorityAreaView;
import org.tgov.improvement.Rating;
import org.tgov.improvement.RatingTable;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.web.Option;

/** The improvement plan: its versions and priority areas, and its actions filtered and paged. */
@Controller
@RequestMapping("/programmes/{id}")
class PlanController {

    static final int PAGE_SIZE = 25;
    static final int DOWNLOAD_LIMIT = 10_000;

    private final PlanManagement plan;
    private final ActionProgress actions;
    private final ActionDescriptions descriptions;
    private final ProgrammeManagement programmes;
    private final UserDirectory users;

    PlanController(PlanManagement plan, ActionProgress actions, ActionDescriptions descriptions, ProgrammeManagement programmes,
            UserDirectory users) {
        this.plan = plan;
        this.actions = actions;
        this.descriptions = descriptions;
        this.programmes = programmes;
        this.users = users;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @GetMapping("/plan")
    String plan(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("plans", plan.plans(id));
        List<PriorityAreaView> priorityAreas = plan.priorityAreas(id);
        model.addAttribute("priorityAreas", priorityAreas);
        model.addAttribute("areas", RatingTable.of(priorityAreas.stream().map(a -> new Option(a.id().toString(), a.name())).toList(),
                plan.progressByPriorityArea(id), plan.impactByPriorityArea(id)));
        model.addAttribute("overdue", descriptions.describe(id, plan.overdue(id)));
        return "improvement/plan/show";
    }

    @GetMapping("/actions")
    String list(@PathVariable Long id, @ModelAttribute("filters") ActionFilters filters,
            @RequestParam(defaultValue = "0") String page, Model model) {
        model.addAttribute("programme", programmes.get(id));
        Page<ActionView> found = actions.actions(id, filters.toFilter(), PageRequest.of(pageNumber(page), PAGE_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("rows", descriptions.describe(id, found.getContent()));
        model.addAttribute("baseUrl", filters.query("/programmes/" + id + "/actions"));
        model.addAttribute("downloadCsv", filters.query("/programmes/" + id + "/actions.csv"));
        model.addAttribute("downloadXlsx", filters.query("/programmes/" + id + "/actions.xlsx"));
        model.addAttribute("workstreams", descriptions.workstreamNames(id).entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue()).map(e -> new Option(e.getKey().toString(), e.getValue())).toList());
        model.addAttribute("areas", plan.priorityAreas(id).stream().map(a -> new Option(a.id().toString(), a.name())).toList());
        model.addAttribute("owners", users.activeUsers().stream().map(u -> new Option(u.id().toString(), u.displayName())).toList());
        model.addAttribute("ratings", Arrays.stream(Rating.values()).map(r -> new Option(r.name(), r.label())).toList());
        model.addAttribute("statuses", Arrays.stream(ActionStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
        return "improvement/actions/list";
    }

    /** The actions the filters find, all of them, as CSV. */
    @GetMapping("/actions.csv")
    org.springframework.http.ResponseEntity<byte[]> csv(@PathVariable Long id, @ModelAttribute("filters") ActionFilters filters) {
        return download(ActionDownloads.csv(found(id, filters)), "actions.csv",
                new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The actions the filters find, all of them, as an Excel workbook. */
    @GetMapping("/actions.xlsx")
    org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable Long id, @ModelAttribute("filters") ActionFilters filters) {
        return download(ActionDownloads.xlsx(found(id, filters)), "actions.xlsx",
                org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private java.util.List<org.tgov.improvement.DescribedAction> found(Long id, ActionFilters filters) {
        programmes.get(id);
        return descriptions.describe(id, actions.actions(id, filters.toFilter(), PageRequest.of(0, DOWNLOAD_LIMIT)).getContent());
    }

    private static org.springframework.http.ResponseEntity<byte[]> download(byte[] body, String name,
            org.springframework.http.MediaType type) {
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).body(body);
    }

    static int pageNumber(String text) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(text), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
