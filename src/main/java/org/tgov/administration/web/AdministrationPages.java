package org.tgov.administration.web;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tgov.shared.RuleViolation;

/**
 * What every administration page shares: the highlighted navigation item and how refusals are shown.
 * (A value that cannot be read, from an altered or outdated page, gets the application's plain
 * {@code typeMismatch} messages from messages.properties.)
 */
@ControllerAdvice(basePackageClasses = AdministrationPages.class)
class AdministrationPages {

    @ModelAttribute("navigation")
    String navigation() {
        return "admin";
    }

    /**
     * Shows a refusal next to its field, or in the error summary when the form has no such field
     * (a rule from another module may name a field of its own screen).
     */
    static void show(RuleViolation violation, BindingResult binding) {
        Object form = binding.getTarget();
        boolean onThisForm = violation.field() != null && form != null
                && PropertyAccessorFactory.forBeanPropertyAccess(form).isReadableProperty(violation.field());
        if (onThisForm) {
            binding.rejectValue(violation.field(), "rule", violation.getMessage());
        } else {
            binding.reject("rule", violation.getMessage());
        }
    }
}
