package org.tgov.shared.web;

import org.springframework.validation.BindingResult;
import org.tgov.shared.Money;

/**
 * Reads an amount typed into a form. Forms keep amounts as text so that a mistake is shown back
 * exactly as typed; this turns the text into {@link Money} or into a GOV.UK-style field error,
 * never an exception that would end as an error page.
 */
public final class MoneyField {

    private MoneyField() {
    }

    /**
     * @param name the amount's name in a sentence, such as "amount" or "amount for 2022/23"
     * @return the amount, or null when it is blank or cannot be read (an error is then on {@code field},
     *         unless blank was allowed)
     */
    public static Money parse(String text, BindingResult binding, String field, String name, boolean required) {
        if (binding.hasFieldErrors(field)) {
            return null;
        }
        if (text == null || text.isBlank()) {
            if (required) {
                binding.rejectValue(field, "required", "Enter the " + name);
            }
            return null;
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException unreadable) {
            // Money's reasons start "Amount must ..."; name the amount so that each year's error says which year.
            String reason = unreadable.getMessage();
            String sentence = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            binding.rejectValue(field, "invalid",
                    reason.startsWith("Amount ") ? sentence + reason.substring("Amount".length()) : reason);
            return null;
        }
    }
}
