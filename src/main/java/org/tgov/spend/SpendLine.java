package org.tgov.spend;

import java.time.LocalDate;
import org.tgov.shared.Money;

/**
 * One month's spend on a cost line as entered or as read from a finance-system file. Amounts may
 * be negative (credits and journal corrections).
 */
public record SpendLine(String costLineCode, LocalDate month, Money amount, String reference, String description) {

    public SpendLine {
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
