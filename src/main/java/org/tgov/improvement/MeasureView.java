package org.tgov.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measure with its latest value and that value's rating (null when nothing has been reported).
 */
public record MeasureView(Long id, Long programmeId, MeasureDetails details, LocalDate latestPeriod, BigDecimal latestValue,
        Rating rating, long version) {

    public boolean offTarget() {
        return rating == Rating.RED || rating == Rating.AMBER;
    }
}
