package org.tgov.spend;

import org.tgov.funding.FundingDecision;
import java.time.LocalDate;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

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
     */
    public static void check(FundingDecision decision, Money alreadyCharged, Money adding, LocalDate today, String field) {
        if (!adding.isPositive()) {
            return;
        }
        Money released = decision.releasedBy(today);
        Money after = alreadyCharged.plus(adding);
        if (after.isGreaterThan(released)) {
            Money left = released.minus(alreadyCharged);
            throw new RuleViolation(field, "This would take spend and commitments against " + decision.getReference()
                    + " (" + decision.getDecidedBy() + ") to " + after.format() + ", more than the "
                    + released.format() + " released in its tranches so far. "
                    + (left.isPositive() ? left.format() + " is left." : "Nothing is left."));
        }
    }
}
