package org.tgov.administration.web;

import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.tgov.administration.AccountAdministration;
import org.tgov.administration.AccountView;
import org.tgov.identity.SignedInUser;
import org.tgov.shared.Refused;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;

/** The organisation's users: the list, one user, and adding a user. Only administrators get here. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    static final int PAGE_SIZE = 20;

    private final AccountAdministration accounts;
    private final Notices notices;

    UsersController(AccountAdministration accounts, Notices notices) {
        this.accounts = accounts;
        this.notices = notices;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("users", accounts.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "administration/users/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal SignedInUser me, Model model) {
        AccountView account = accounts.view(id);
        model.addAttribute("account", account);
        model.addAttribute("self", account.id().equals(me.getId()));
        return "administration/users/show";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new NewUserForm());
        return formView(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.checkPassword(binding);
        if (binding.hasErrors()) {
            return formView(model);
        }
        try {
            Long id = accounts.create(form.toNewUser(), form.getBodyIds());
            notices.success(redirect, "account.created", form.getDisplayName().strip());
            return "redirect:/admin/users/" + id;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return formView(model);
        }
    }

    private String formView(Model model) {
        model.addAttribute("roleChoices", Choice.organisationRoles());
        model.addAttribute("bodyChoices", Choice.bodies(accounts.bodies()));
        return "administration/users/new";
    }
}
