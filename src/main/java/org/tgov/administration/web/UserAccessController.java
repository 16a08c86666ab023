package org.tgov.administration.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tgov.administration.AccountAdministration;
import org.tgov.administration.AccountView;
import org.tgov.shared.Refused;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;

/** Whether a user can sign in: disabling, enabling and resetting the password. */
@Controller
@RequestMapping("/admin/users/{id}")
class UserAccessController {

    private final AccountAdministration accounts;
    private final Notices notices;

    UserAccessController(AccountAdministration accounts, Notices notices) {
        this.accounts = accounts;
        this.notices = notices;
    }

    /** A refusal (the organisation's only administrator, or oneself) is shown on the user's page. */
    @PostMapping("/disable")
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        AccountView account = accounts.view(id);
        try {
            accounts.disable(id);
            notices.success(redirect, "account.disabled", account.displayName());
        } catch (Refused refused) {
            notices.refusal(redirect, "problem", refused.refusals().get(0));
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/enable")
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        AccountView account = accounts.view(id);
        accounts.enable(id);
        notices.success(redirect, "account.enabled", account.displayName());
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/password")
    String passwordForm(@PathVariable Long id, Model model) {
        model.addAttribute("account", accounts.view(id));
        model.addAttribute("form", new PasswordForm());
        return "administration/users/password";
    }

    @PostMapping("/password")
    String resetPassword(@PathVariable Long id, @ModelAttribute("form") PasswordForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AccountView account = accounts.view(id);
        try {
            accounts.resetPassword(id, form.getPassword());
            notices.success(redirect, "account.passwordReset", account.displayName());
            return "redirect:/admin/users/" + id;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            model.addAttribute("account", account);
            return "administration/users/password";
        }
    }
}
