package org.tgov.spend;

import java.time.LocalDate;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** An order or contract signed but not yet paid; while open it counts against budget and tranches. */
public record CommitmentView(Long id, Long costLineId, LocalDate committedOn, FinancialYear year, Money amount,
        String supplier, String reference, String description, boolean open) {
}
