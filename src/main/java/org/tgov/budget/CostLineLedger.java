package org.tgov.budget;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.internal.CostLine;
import org.tgov.budget.internal.CostLineRepository;
import org.tgov.budget.internal.Ledger;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;

/**
 * How spend reaches a cost line's figures: whoever records actual spend or a commitment tells the
 * ledger in the same transaction, so the figures can never disagree with the entries behind them.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CostLineLedger {

    private final CostLineRepository costLines;
    private final Ledger ledger;

    CostLineLedger(CostLineRepository costLines, Ledger ledger) {
        this.costLines = costLines;
        this.ledger = ledger;
    }

    /** Actual spend (negative for a credit) recorded on the line in the year. */
    public void actual(Long costLineId, FinancialYear year, Money amount) {
        ledger.move(line(costLineId), year, Money.ZERO, amount, Money.ZERO);
    }

    /** A commitment opened (positive) or closed (negative) on the line in the year. */
    public void committed(Long costLineId, FinancialYear year, Money amount) {
        ledger.move(line(costLineId), year, Money.ZERO, Money.ZERO, amount);
    }

    private CostLine line(Long id) {
        return costLines.findById(id).orElseThrow(() -> new NotFoundException("Cost line"));
    }
}
