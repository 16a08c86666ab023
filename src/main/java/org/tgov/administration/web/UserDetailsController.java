package org.tgov.administration.web;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.tgov.shared.StaleEditException;
import org.tgov.shared.web.FormRefusals;
import org.tgov.shared.web.Notices;
import org.tgov.shared.web.StaleEdits;

/** Changing a user's name, email, roles and body memberships. */
@Controller
@RequestMapping("/admin/users/{id}")
class UserDetailsController {

    private final AccountAdministration accounts;
    private final Notices notices;

    UserDetailsController(AccountAdministration accounts, Notices notices) {
        this.accounts = accounts;
        this.notices = notices;
    }

    @GetMapping("/edit")
    String editForm(@PathVariable Long id, Model model) {
        AccountView account = accounts.view(id);
        model.addAttribute("account", account);
        model.addAttribute("form", UserDetailsForm.of(account));
        return formView(model);
    }

    @PostMapping
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") UserDetailsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AccountView account = accounts.view(id);
        model.addAttribute("account", account);
        if (binding.hasErrors()) {
            return formView(model);
        }
        try {
            accounts.update(id, form.getVersion(), form.toDetails());
            notices.success(redirect, "account.updated", form.getDisplayName().strip());
            return "redirect:/admin/users/" + id;
        } catch (Refused refused) {
            FormRefusals.show(refused, binding);
            return formView(model);
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            return staleView(id, form, model);
        }
    }

    /**
     * Someone saved this user since the form was opened: show what is saved now, with the
     * administrator's own changes beside it, so they can make them again without losing them.
     */
    private String staleView(Long id, UserDetailsForm unsaved, Model model) {
        AccountView saved = accounts.view(id);
        model.addAttribute("account", saved);
        StaleEdits.showSaved(model, "form", UserDetailsForm.of(saved), unsaved, new StaleEditException("record.user"));
        return formView(model);
    }

    private String formView(Model model) {
        var bodies = accounts.bodies();
        model.addAttribute("bodies", bodies);
        model.addAttribute("roleChoices", Choice.organisationRoles());
        model.addAttribute("bodyChoices", Choice.bodies(bodies));
        return "administration/users/edit";
    }
}
