package org.tgov.spend;

import java.time.Instant;
import java.time.LocalDate;
import org.tgov.shared.Money;

/** One month's actual spend on a cost line, entered by hand or imported (then {@code importId} says from which file). */
public record SpendEntryView(Long id, LocalDate month, Money amount, String reference, String description, Long importId,
        Instant recordedAt, String recordedBy) {
}
