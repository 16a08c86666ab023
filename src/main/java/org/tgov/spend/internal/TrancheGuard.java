package org.tgov.spend.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.CostLineView;
import org.tgov.funding.DecisionView;
import org.tgov.funding.FundingFacts;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/**
 * Applies the {@link TrancheLimitPolicy} to new spend or commitments on several cost lines at once:
 * locks the funding decisions concerned (so that two entries cannot both pass), then checks what
 * each decision would have charged to it against what it has released.
 */
@Component
public class TrancheGuard {

    private final FundingFacts funding;
    private final BudgetFigures figures;
    private final Clock clock;

    TrancheGuard(FundingFacts funding, BudgetFigures figures, Clock clock) {
        this.funding = funding;
        this.figures = figures;
        this.clock = clock;
    }

    /** @param lock whether to lock the decisions, as a save must and a preview cannot */
    public void check(Map<CostLineView, Money> adding, String subject, boolean lock) {
        Refused.unlessAllowed(answers(adding, subject, lock));
    }

    public List<Optional<Refusal>> answers(Map<CostLineView, Money> adding, String subject, boolean lock) {
        Map<Long, Money> byDecision = adding.entrySet().stream()
                .filter(e -> e.getKey().fundingDecisionId() != null)
                .collect(Collectors.groupingBy(e -> e.getKey().fundingDecisionId(),
                        Collectors.reducing(Money.ZERO, Map.Entry::getValue, Money::plus)));
        if (byDecision.isEmpty()) {
            return List.of();
        }
        List<DecisionView> decisions = lock ? funding.lockDecisions(byDecision.keySet()) : funding.decisions(byDecision.keySet());
        Map<Long, Money> charged = figures.chargedToDecisions(byDecision.keySet());
        LocalDate today = LocalDate.now(clock);
        return decisions.stream().map(decision -> TrancheLimitPolicy.check(decision,
                charged.getOrDefault(decision.id(), Money.ZERO), byDecision.get(decision.id()), today, subject)).toList();
    }
}
