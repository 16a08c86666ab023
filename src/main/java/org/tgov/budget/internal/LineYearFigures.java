package org.tgov.budget.internal;

import java.time.Instant;

/** One cost line's figures in one year with its forecast and who set it (all null while none is set). */
public interface LineYearFigures extends YearFigures {

    Long getForecastVersion();

    Instant getForecastUpdatedAt();

    String getForecastUpdatedBy();

    String getForecastReason();
}
