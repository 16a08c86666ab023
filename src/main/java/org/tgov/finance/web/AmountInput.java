package org.tgov.finance.web;

import org.springframework.validation.BindingResult;
import org.tgov.shared.Money;

/**
 * Turns an amount typed into a form into {@link Money}, or into a field error worded for that
 * field. Forms keep amounts as text so that whatever was typed is shown back unchanged.
 */
final class AmountInput {

    private AmountInput() {
    }

    /**
     * @param name the amount's name in a sentence, such as "amount" or "budget for 2022/23"
     * @return the amount, or null when blank (and not required) or after adding an error
     */
    static Money parse(String text, BindingResult binding, String field, String name, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                binding.rejectValue(field, "required", "Enter the " + name);
            }
            return null;
        }
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            // Money's reasons all start "Amount ...": name the field the person is looking at instead.
            String sentence = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            binding.rejectValue(field, "invalid", e.getMessage().replaceFirst("^Amount", sentence));
            return null;
        }
    }
}
