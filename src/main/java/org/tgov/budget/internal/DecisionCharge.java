package org.tgov.budget.internal;

import java.math.BigDecimal;

/** What the cost lines charged to a funding decision have spent and committed. */
public record DecisionCharge(Long decisionId, BigDecimal charged) {
}
