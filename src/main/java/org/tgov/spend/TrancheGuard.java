package org.tgov.spend;

import org.tgov.budget.CostLine;
import org.tgov.funding.FundingDecision;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tgov.spend.internal.ActualSpendRepository;
import org.tgov.funding.internal.FundingDecisionRepository;
import org.tgov.shared.Money;

/**
 * Applies the {@link TrancheLimitPolicy} to new spend or commitments on several cost lines at once:
 * locks the funding decisions concerned (so that two entries cannot both pass), then checks what
 * each decision would have charged to it against what it has released.
 */
@Component
class TrancheGuard {

    private final FundingDecisionRepository decisions;
    private final ActualSpendRepository spend;
    private final Clock clock;

    TrancheGuard(FundingDecisionRepository decisions, ActualSpendRepository spend, Clock clock) {
        this.decisions = decisions;
        this.spend = spend;
        this.clock = clock;
    }

    void check(Map<CostLine, Money> adding, String field, boolean lock) {
        Map<Long, Money> byDecision = adding.entrySet().stream()
                .filter(e -> e.getKey().getFundingDecisionId() != null)
                .collect(Collectors.groupingBy(e -> e.getKey().getFundingDecisionId(),
                        Collectors.reducing(Money.ZERO, Map.Entry::getValue, Money::plus)));
        if (byDecision.isEmpty()) {
            return;
        }
        List<FundingDecision> locked = lock ? decisions.lockAll(byDecision.keySet())
                : decisions.findAllById(byDecision.keySet());
        Map<Long, Money> charged = new HashMap<>();
        merge(charged, spend.spentAgainst(byDecision.keySet()));
        merge(charged, spend.committedAgainst(byDecision.keySet()));
        LocalDate today = LocalDate.now(clock);
        // The locked decisions are in the session; this loads their tranches for all of them in one query.
        decisions.findWithTranchesByIds(byDecision.keySet());
        for (FundingDecision decision : locked) {
            TrancheLimitPolicy.check(decision, charged.getOrDefault(decision.getId(), Money.ZERO),
                    byDecision.get(decision.getId()), today, field);
        }
    }

    private static void merge(Map<Long, Money> into, List<Object[]> rows) {
        rows.stream().filter(row -> Objects.nonNull(row[1]))
                .forEach(row -> into.merge((Long) row[0], Money.of((BigDecimal) row[1]), Money::plus));
    }
}
