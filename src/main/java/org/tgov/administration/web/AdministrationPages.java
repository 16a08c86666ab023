package org.tgov.administration.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every administration page shares: the highlighted navigation item. (Refusals are shown by
 * FormRefusals, beside their field or in the error summary when the form has no such field; a value
 * that cannot be read, from an altered or outdated page, gets the application's plain
 * {@code typeMismatch} messages from messages.properties.)
 */
@ControllerAdvice(basePackageClasses = AdministrationPages.class)
class AdministrationPages {

    @ModelAttribute("navigation")
    String navigation() {
        return "admin";
    }
}
