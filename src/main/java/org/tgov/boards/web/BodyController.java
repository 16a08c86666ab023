package org.tgov.boards.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.identity.CanAdminister;
import org.tgov.identity.UserDirectory;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

@Controller
@RequestMapping("/bodies")
class BodyController {

    private static final int PAGE_SIZE = 20;

    private final BodyManagement bodies;
    private final UserDirectory users;
    private final Notices notices;

    BodyController(BodyManagement bodies, UserDirectory users, Notices notices) {
        this.bodies = bodies;
        this.users = users;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "bodies";
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<BodySummary> list = bodies.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("bodies", list);
        model.addAttribute("chairs", bodies.chairsOf(list.getContent()));
        return "boards/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("view", bodies.view(id));
        return "boards/show";
    }

    @GetMapping("/new")
    @CanAdminister
    String createForm(Model model) {
        model.addAttribute("form", new BodyForm());
        return formView(model);
    }

    @PostMapping
    @CanAdminister
    String create(@Valid @ModelAttribute("form") BodyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formView(model);
        }
        try {
            Long id = bodies.create(form.toDetails());
            notices.success(redirect, "body.created");
            return "redirect:/bodies/" + id;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return formView(model);
        }
    }

    @GetMapping("/{id}/edit")
    @CanAdminister
    String editForm(@PathVariable Long id, Model model) {
        var body = bodies.get(id);
        model.addAttribute("body", body);
        model.addAttribute("form", BodyForm.of(body));
        return formView(model);
    }

    @PostMapping("/{id}")
    @CanAdminister
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") BodyForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("body", bodies.get(id));
        if (binding.hasErrors()) {
            return formView(model);
        }
        try {
            bodies.update(id, form.getVersion(), form.toDetails());
            notices.success(redirect, "body.updated");
            return "redirect:/bodies/" + id;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return formView(model);
        } catch (StaleEditException stale) {
            StaleEdits.showSaved(model, "form", BodyForm.of(bodies.get(id)), form, stale);
            return formView(model);
        }
    }

    @GetMapping("/{id}/members")
    @CanAdminister
    String membersForm(@PathVariable Long id, Model model) {
        var body = bodies.get(id);
        model.addAttribute("body", body);
        model.addAttribute("form", MembersForm.of(body));
        return membersView(model);
    }

    @PostMapping("/{id}/members")
    @CanAdminister
    String updateMembers(@PathVariable Long id, @ModelAttribute("form") MembersForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        var body = bodies.get(id);
        model.addAttribute("body", body);
        if (binding.hasErrors()) {
            return membersView(model);
        }
        boolean othersWouldGo = body.getMemberIds().stream().anyMatch(member -> !body.isChairedBy(member));
        if (form.getMemberIds().isEmpty() && othersWouldGo && !form.isRemoveEveryone()) {
            // Nobody ticked: most likely a slip. Ask before taking everyone off the body.
            model.addAttribute("confirmRemoveEveryone", true);
            return membersView(model);
        }
        try {
            bodies.replaceMembers(id, form.getVersion(), form.getMemberIds());
            notices.success(redirect, "body.members.updated");
            return "redirect:/bodies/" + id;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return membersView(model);
        } catch (StaleEditException stale) {
            StaleEdits.showSaved(model, "form", MembersForm.of(bodies.get(id)), form, stale);
            return membersView(model);
        }
    }

    private String formView(Model model) {
        model.addAttribute("types", Arrays.stream(BodyType.values()).map(t -> new Option(t.name(), t.label())).toList());
        model.addAttribute("cadences", Arrays.stream(Cadence.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("people", people());
        return "boards/form";
    }

    private String membersView(Model model) {
        model.addAttribute("people", people());
        return "boards/members";
    }

    private List<Option> people() {
        return users.activeUsers().stream().map(u -> new Option(u.id().toString(), u.displayName())).toList();
    }
}
