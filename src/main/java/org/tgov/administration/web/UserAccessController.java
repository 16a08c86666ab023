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
import org.tgov.shared.RuleViolation;

/** Whether a user can sign in: disabling, enabling and resetting the password. */
@Controller
@RequestMapping("/admin/users/{id}")
class UserAccessController {

    private final AccountAdministration accounts;

    UserAccessController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    /** A refusal (the organisation's only administrator, or oneself) is shown on the user's page. */
    @PostMapping("/disable")
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        AccountView account = accounts.view(id);
        try {
            accounts.disable(id);
            redirect.addFlashAttribute("success", "Account disabled. " + account.displayName()
                    + " can no longer sign in.");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/enable")
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        AccountView account = accounts.view(id);
        accounts.enable(id);
        redirect.addFlashAttribute("success", "Account enabled. " + account.displayName() + " can sign in again.");
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
            redirect.addFlashAttribute("success", "Password reset for " + account.displayName()
                    + ". Give them the new password securely, for example in person or by phone.");
            return "redirect:/admin/users/" + id;
        } catch (RuleViolation violation) {
            AdministrationPages.show(violation, binding);
            model.addAttribute("account", account);
            return "administration/users/password";
        }
    }
}
