package org.tgov.spend.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.tgov.funding.DecisionView;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;

/**
 * Spend and commitments charged against a funding decision can never exceed what its released
 * tranches allow. Credits (negative amounts) are always allowed: they only give money back.
 */
public final class TrancheLimitPolicy {

    private TrancheLimitPolicy() {
    }

    /**
     * @param alreadyCharged actual spend plus open commitments already charged to the decision
     * @param adding         what the new entry or file would add
     * @param subject        the part of the request the refusal is about (an amount, a file)
     */
    public static Optional<Refusal> check(DecisionView decision, Money alreadyCharged, Money adding, LocalDate today,
            String subject) {
        if (!adding.isPositive()) {
            return Optional.empty();
        }
        Money released = decision.releasedBy(today);
        Money after = alreadyCharged.plus(adding);
        if (!after.isGreaterThan(released)) {
            return Optional.empty();
        }
        Money left = released.minus(alreadyCharged);
        return Refusal.about(subject, left.isPositive() ? "spend.trancheLimit" : "spend.trancheLimit.nothingLeft",
                decision.reference(), decision.decidedBy(), after, released, left).asOptional();
    }
}
