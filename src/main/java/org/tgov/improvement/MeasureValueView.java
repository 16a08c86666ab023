package org.tgov.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measure's value for a period, with its rating against the target. */
public record MeasureValueView(Long id, LocalDate periodOn, BigDecimal value, String commentary, Rating rating) {
}
