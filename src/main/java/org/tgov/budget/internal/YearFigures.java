package org.tgov.budget.internal;

import java.math.BigDecimal;

/** One cost line's figures in one year with its forecast (null while none is set), as the database reads them. */
public interface YearFigures {

    Long getCostLineId();

    Integer getFinancialYear();

    BigDecimal getBudget();

    BigDecimal getActual();

    BigDecimal getCommitted();

    BigDecimal getForecast();
}
