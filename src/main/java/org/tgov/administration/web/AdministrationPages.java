package org.tgov.administration.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tgov.shared.RuleViolation;

/** What every administration page shares: the highlighted navigation item and how refusals are shown. */
@ControllerAdvice(basePackageClasses = AdministrationPages.class)
class AdministrationPages {

    @ModelAttribute("navigation")
    String navigation() {
        return "admin";
    }

    /**
     * Only an altered or outdated page sends a value that cannot be converted (a role that does not
     * exist, letters in the hidden version): say so plainly instead of showing Spring's Java message.
     */
    @InitBinder
    void plainConversionErrors(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException failure, BindingResult binding) {
                String field = failure.getPropertyName();
                binding.addError(new FieldError(binding.getObjectName(), field, failure.getValue(), true,
                        binding.resolveMessageCodes(failure.getErrorCode(), field), null,
                        "This answer could not be read. Choose again from the options on this page."));
            }
        });
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
