package org.tgov.improvement.internal;

import java.math.BigDecimal;
import org.tgov.improvement.Polarity;
import org.tgov.improvement.Rating;

/**
 * A measure's rating from its value against its target, by its polarity: green when the target is
 * met, amber when not yet met but better than the baseline, red when no better than the baseline
 * (or when there is no baseline to be better than).
 */
public final class MeasureRatingPolicy {

    private MeasureRatingPolicy() {
    }

    public static Rating rate(Polarity polarity, BigDecimal value, BigDecimal target, BigDecimal baseline) {
        if (value == null || target == null || polarity == null) {
            return null;
        }
        int sign = polarity == Polarity.HIGHER_IS_BETTER ? 1 : -1;
        if (sign * value.compareTo(target) >= 0) {
            return Rating.GREEN;
        }
        return baseline != null && sign * value.compareTo(baseline) > 0 ? Rating.AMBER : Rating.RED;
    }
}
