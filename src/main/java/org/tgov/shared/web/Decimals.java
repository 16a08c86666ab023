package org.tgov.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.validation.BindingResult;
import org.tgov.shared.FieldName;

/**
 * Reads a plain decimal typed into a form, such as a number of full-time posts: digits, at most two
 * decimal places, nothing else (no exponent, no sign, no grouping), or a GOV.UK-style field error.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * @param name  what the number is called in a sentence, such as {@code field.fte} ("FTE")
     * @param below the number must be less than this
     * @return the number at scale 2, null when blank or unreadable (an error is then on {@code field})
     */
    public static BigDecimal parse(String text, BindingResult binding, String field, FieldName name, BigDecimal below) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (!value.matches("[0-9]{1,9}(\\.[0-9]{1,2})?")) {
            binding.rejectValue(field, value.matches("-?[0-9.,]+") ? "number.format" : "number.notANumber",
                    new Object[] {name.atStart()}, null);
            return null;
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(below) >= 0) {
            // MessageFormat writes the limit the British way: 100,000
            binding.rejectValue(field, "number.tooLarge", new Object[] {name.atStart(), below}, null);
            return null;
        }
        return number.setScale(2, RoundingMode.UNNECESSARY);
    }
}
