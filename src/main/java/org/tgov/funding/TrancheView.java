package org.tgov.funding;

import java.time.LocalDate;
import org.tgov.shared.Money;

/** Part of a funding decision, available from a date and counted once released. */
public record TrancheView(Long id, String name, Money amount, LocalDate availableFrom, LocalDate releasedOn) {

    public boolean isReleasedBy(LocalDate date) {
        return releasedOn != null && !releasedOn.isAfter(date);
    }
}
