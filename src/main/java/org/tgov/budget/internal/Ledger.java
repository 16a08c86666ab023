package org.tgov.budget.internal;

import org.springframework.stereotype.Component;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** Moves a cost line's figures for a year, in the caller's transaction. */
@Component
public class Ledger {

    private final CostLineFiguresRepository figures;

    Ledger(CostLineFiguresRepository figures) {
        this.figures = figures;
    }

    public void move(CostLine line, FinancialYear year, Money budget, Money actual, Money committed) {
        figures.ensure(line.getId(), year.startYear(), line.getOrganisationId(), line.getProgrammeId());
        figures.add(line.getId(), year.startYear(), budget.amount(), actual.amount(), committed.amount());
    }
}
