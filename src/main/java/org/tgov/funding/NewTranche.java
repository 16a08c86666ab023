package org.tgov.funding;

import java.time.LocalDate;
import org.tgov.shared.Money;

/** A tranche to add to a decision; {@code releasedOn} is null while it has not been released. */
public record NewTranche(String name, Money amount, LocalDate availableFrom, LocalDate releasedOn) {

    public NewTranche {
        name = name == null ? null : name.strip();
    }
}
