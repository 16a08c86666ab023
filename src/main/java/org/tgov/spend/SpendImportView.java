package org.tgov.spend;

import java.time.Instant;
import org.tgov.shared.Money;

/** A finance-system file whose rows were imported as actual spend. */
public record SpendImportView(Long id, String fileName, int rowCount, Money total, Instant importedAt, String importedBy) {
}
