package org.tgov.platform.web;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.identity.CanRunPlatform;
import org.tgov.identity.OrganisationManagement;
import org.tgov.shared.Refused;
import org.tgov.shared.web.Notices;

/** The platform administrator's pages: the organisations on the installation, and adding one. */
@Controller
@RequestMapping("/platform/organisations")
@CanRunPlatform
class OrganisationController {

    static final int PAGE_SIZE = 20;
    private static final String FORM = "platform/organisations/new";

    private final OrganisationManagement organisations;
    private final Notices notices;

    OrganisationController(OrganisationManagement organisations, Notices notices) {
        this.organisations = organisations;
        this.notices = notices;
    }

    @ModelAttribute("navigation")
    String navigation() {
        return "platform";
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("organisations",
                organisations.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(OrganisationRow::of));
        return "platform/organisations/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new NewOrganisationForm());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewOrganisationForm form, BindingResult binding,
            RedirectAttributes redirect) {
        form.checkPassword(binding);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            organisations.create(form.getOrganisationName(), form.firstAdministrator());
        } catch (Refused refused) {
            form.show(refused, binding);
            return FORM;
        } catch (DataIntegrityViolationException raced) {
            // Someone created the same organisation or username between our check and the insert.
            binding.reject("platform.organisation.raced");
            return FORM;
        }
        notices.success(redirect, "platform.organisation.added", form.getOrganisationName().strip(),
                form.getFullName().strip());
        return "redirect:/platform/organisations";
    }
}
