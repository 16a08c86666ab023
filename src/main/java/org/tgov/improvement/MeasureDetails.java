package org.tgov.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a measure that matters is: its objective, unit and polarity, baseline (value and date),
 * target and the timescale to reach it, the best-practice benchmark and how the council stands against it.
 */
public record MeasureDetails(String name, String objective, String unit, Polarity polarity, BigDecimal baselineValue,
        LocalDate baselineOn, BigDecimal target, LocalDate targetBy, String benchmark, String benchmarkAssessment,
        Frequency frequency, boolean illustrative) {
}
