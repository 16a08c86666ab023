package org.tgov.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.validation.BindingResult;

/**
 * Reads a plain decimal typed into a form, such as a number of full-time posts: digits, at most two
 * decimal places, nothing else (no exponent, no sign, no grouping), or a GOV.UK-style field error.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * @param name  the number's name in a sentence's start, such as "FTE"
     * @param below the number must be less than this
     * @return the number at scale 2, null when blank or unreadable (an error is then on {@code field})
     */
    public static BigDecimal parse(String text, BindingResult binding, String field, String name, BigDecimal below) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!value.matches("[0-9]{1,9}(\\.[0-9]{1,2})?")) {
            binding.rejectValue(field, "invalid", value.matches("-?[0-9.,]+")
                    ? name + " must be 0 or more, with at most 2 decimal places, like 12.5"
                    : name + " must be a number, like 12.5");
            return null;
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(below) >= 0) {
            binding.rejectValue(field, "invalid", name + " must be less than "
                    + new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK)).format(below));
            return null;
        }
        return number.setScale(2, RoundingMode.UNNECESSARY);
    }
}
