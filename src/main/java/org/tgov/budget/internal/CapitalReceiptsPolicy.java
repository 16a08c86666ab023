package org.tgov.budget.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.ExpenditureType;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Refusal;

/**
 * The flexible use of capital receipts may fund only transformation designed to generate ongoing
 * savings, never business as usual or the statutory duty to improve: in any year a line draws on
 * capital receipts it must be transformation spend linked to the savings it is meant to deliver.
 */
public final class CapitalReceiptsPolicy {

    private CapitalReceiptsPolicy() {
    }

    /** @param capitalReceiptsStreams the programme's streams of flexible use of capital receipts */
    public static List<Optional<Refusal>> check(CostLineDetails details, Set<Long> capitalReceiptsStreams) {
        Optional<FinancialYear> funded = details.streams().entrySet().stream()
                .filter(e -> capitalReceiptsStreams.contains(e.getValue())).map(java.util.Map.Entry::getKey).findFirst();
        if (funded.isEmpty()) {
            return List.of();
        }
        return List.of(
                details.expenditureType() == ExpenditureType.TRANSFORMATION ? Optional.empty()
                        : Refusal.about("expenditureType", "budget.capitalReceipts.transformationOnly", funded.get()).asOptional(),
                !details.savingsTargetIds().isEmpty() ? Optional.empty()
                        : Refusal.about("savingsTargetIds", "budget.capitalReceipts.savingsRequired", funded.get()).asOptional());
    }
}
