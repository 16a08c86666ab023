package org.tgov.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.tgov.shared.StaleEditException;

/**
 * Someone saved the record while this person was editing it. The form is shown again with what is
 * saved now, what they typed beside it ("Your changes, not saved": the {@code unsaved} model
 * attribute) and the reason at the top, so that nothing is lost either way.
 */
public final class StaleEdits {

    private StaleEdits() {
    }

    /**
     * @param formName the form's model attribute, such as "form"
     * @param saved    the form filled from the record as it is saved now
     * @param unsaved  the form as this person sent it
     */
    public static void showSaved(Model model, String formName, Object saved, Object unsaved, StaleEditException stale) {
        BindingResult fresh = new BeanPropertyBindingResult(saved, formName);
        fresh.reject(stale.code(), stale.arguments(), null);
        fresh.reject("stale.edit.shown", null, null);
        model.addAttribute("unsaved", unsaved);
        model.addAttribute(formName, saved);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, fresh);
    }
}
