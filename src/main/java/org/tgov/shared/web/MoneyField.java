package org.tgov.shared.web;

import org.springframework.validation.BindingResult;
import org.tgov.shared.FieldName;
import org.tgov.shared.Money;
import org.tgov.shared.UnreadableAmount;

/**
 * Reads an amount typed into a form. Forms keep amounts as text so that a mistake is shown back
 * exactly as typed; this turns the text into {@link Money} or into a GOV.UK-style field error,
 * never an exception that would end as an error page.
 */
public final class MoneyField {

    private MoneyField() {
    }

    /**
     * @param name what the amount is called in a sentence, such as {@code field.amount} ("amount") or
     *             {@code funding.field.amountFor} with its year ("amount for 2022/23"), so that each
     *             year's error says which year
     * @return the amount, or null when it is blank or cannot be read (an error is then on {@code field},
     *         unless blank was allowed)
     */
    public static Money parse(String text, BindingResult binding, String field, FieldName name, boolean required) {
        if (binding.hasFieldErrors(field)) {
            return null;
        }
        if (text == null || text.isBlank()) {
            if (required) {
                binding.rejectValue(field, "field.required", new Object[] {name}, null);
            }
            return null;
        }
        try {
            return Money.parse(text);
        } catch (UnreadableAmount unreadable) {
            binding.rejectValue(field, unreadable.code(), new Object[] {name.atStart()}, null);
            return null;
        }
    }
}
