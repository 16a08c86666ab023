package org.tgov.budget.internal;

import java.math.BigDecimal;

/** A programme's money summed over all its cost lines and years by the database. */
public interface ProgrammeTotals {

    long getLines();

    BigDecimal getBudget();

    BigDecimal getForecast();

    BigDecimal getActual();

    BigDecimal getCommitted();
}
