package org.tgov.shared.web;

import java.util.Map;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/**
 * The one place where a rule's refusals become errors on a form: each is shown beside the field
 * for its subject (the field of that name, or the one the screen maps it to) and otherwise at the
 * top of the error summary. The sentence comes from the messages files by the refusal's code.
 */
public final class FormRefusals {

    private FormRefusals() {
    }

    public static void show(Refused refused, BindingResult binding) {
        show(refused, binding, Map.of());
    }

    /** @param fieldsBySubject the screen's names for subjects it calls something else, such as amount → spendAmount */
    public static void show(Refused refused, BindingResult binding, Map<String, String> fieldsBySubject) {
        for (Refusal refusal : refused.refusals()) {
            String field = refusal.subject() == null ? null : fieldsBySubject.getOrDefault(refusal.subject(), refusal.subject());
            if (field != null && hasField(binding, field)) {
                binding.rejectValue(field, refusal.code(), refusal.argumentArray(), null);
            } else {
                binding.reject(refusal.code(), refusal.argumentArray(), null);
            }
        }
    }

    private static boolean hasField(BindingResult binding, String field) {
        Object form = binding.getTarget();
        return form != null && PropertyAccessorFactory.forBeanPropertyAccess(form).isReadableProperty(field);
    }
}
