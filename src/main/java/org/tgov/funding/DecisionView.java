package org.tgov.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tgov.shared.Money;

/**
 * A funding decision as pages and other modules read it: what was decided, from which streams,
 * and its tranches in the order they become available.
 */
public record DecisionView(Long id, Long programmeId, String decidedBy, LocalDate decidedOn, String reference,
        Money amount, Map<Long, Money> sources, String notes, List<TrancheView> tranches, long version) {

    public DecisionView {
        sources = Map.copyOf(sources);
        tranches = List.copyOf(tranches);
    }

    /** What has been released on or before {@code date}: the ceiling for spend and commitments charged here. */
    public Money releasedBy(LocalDate date) {
        return tranches.stream().filter(t -> t.isReleasedBy(date)).map(TrancheView::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money tranchesTotal() {
        return tranches.stream().map(TrancheView::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What no tranche has been given yet. */
    public Money unallocated() {
        return amount.minus(tranchesTotal());
    }

    public TrancheView tranche(Long trancheId) {
        return tranches.stream().filter(t -> t.id().equals(trancheId)).findFirst().orElse(null);
    }
}
