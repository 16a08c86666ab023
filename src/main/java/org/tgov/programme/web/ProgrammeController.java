package org.tgov.programme.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
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
import org.tgov.identity.CanManageProgrammes;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeDetails;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.ProgrammeStatus;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.Option;
import org.tgov.shared.web.StaleEdits;

@Controller
@RequestMapping("/programmes")
class ProgrammeController {

    static final int PAGE_SIZE = 20;

    private final ProgrammeManagement programmes;
    private final Notices notices;

    ProgrammeController(ProgrammeManagement programmes, Notices notices) {
        this.programmes = programmes;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "programmes";
    }

    @ModelAttribute("statuses")
    List<Option> statuses() {
        return Arrays.stream(ProgrammeStatus.values()).map(s -> new Option(s.name(), s.label())).toList();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("programmes", programmes.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "programme/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        return "programme/show";
    }

    @GetMapping("/new")
    @CanManageProgrammes
    String createForm(Model model) {
        model.addAttribute("form", new ProgrammeForm());
        return "programme/form";
    }

    @PostMapping
    @CanManageProgrammes
    String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            ProgrammeDetails details = form.toDetails(binding);
            if (details == null) {
                return "programme/form";
            }
            Long id = programmes.create(details);
            notices.success(redirect, "programme.created");
            return "redirect:/programmes/" + id;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return "programme/form";
        }
    }

    @GetMapping("/{id}/edit")
    @CanManageProgrammes
    String editForm(@PathVariable Long id, Model model) {
        Programme programme = programmes.get(id);
        model.addAttribute("programme", programme);
        model.addAttribute("form", ProgrammeForm.of(programme));
        return "programme/form";
    }

    @PostMapping("/{id}")
    @CanManageProgrammes
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("programme", programmes.get(id));
        try {
            ProgrammeDetails details = form.toDetails(binding);
            if (details == null) {
                return "programme/form";
            }
            programmes.update(id, form.getVersion(), details);
            notices.success(redirect, "programme.updated");
            return "redirect:/programmes/" + id;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return "programme/form";
        } catch (StaleEditException stale) {
            StaleEdits.showSaved(model, "form", ProgrammeForm.of(programmes.get(id)), form, stale);
            return "programme/form";
        }
    }
}
