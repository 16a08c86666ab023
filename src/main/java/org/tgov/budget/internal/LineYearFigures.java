package org.tgov.budget.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** One cost line's figures in one year with its forecast and who set it (all null while none is set). */
public interface LineYearFigures {

    Long getCostLineId();

    Integer getFinancialYear();

    BigDecimal getBudget();

    BigDecimal getActual();

    BigDecimal getCommitted();

    BigDecimal getForecast();

    Long getForecastVersion();

    Instant getForecastUpdatedAt();

    String getForecastUpdatedBy();

    String getForecastReason();
}
