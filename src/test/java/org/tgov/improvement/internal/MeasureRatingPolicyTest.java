package org.tgov.improvement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tgov.improvement.Polarity;
import org.tgov.improvement.Rating;

/** A measure's rating from its value against its target, by polarity. */
class MeasureRatingPolicyTest {

    @Test
    void lowerIsBetterMeetsItsTargetAtOrBelowIt() {
        assertThat(rate(Polarity.LOWER_IS_BETTER, "18", "18", "24")).isEqualTo(Rating.GREEN);
        assertThat(rate(Polarity.LOWER_IS_BETTER, "16.5", "18", "24")).isEqualTo(Rating.GREEN);
        assertThat(rate(Polarity.LOWER_IS_BETTER, "20", "18", "24")).as("better than the baseline").isEqualTo(Rating.AMBER);
        assertThat(rate(Polarity.LOWER_IS_BETTER, "24", "18", "24")).as("no better than the baseline").isEqualTo(Rating.RED);
        assertThat(rate(Polarity.LOWER_IS_BETTER, "26", "18", "24")).isEqualTo(Rating.RED);
    }

    @Test
    void higherIsBetterMeetsItsTargetAtOrAboveIt() {
        assertThat(rate(Polarity.HIGHER_IS_BETTER, "60", "60", "20")).isEqualTo(Rating.GREEN);
        assertThat(rate(Polarity.HIGHER_IS_BETTER, "38", "60", "20")).isEqualTo(Rating.AMBER);
        assertThat(rate(Polarity.HIGHER_IS_BETTER, "18", "60", "20")).isEqualTo(Rating.RED);
    }

    @Test
    void withoutABaselineAValueShortOfTheTargetIsRedAndWithoutAValueThereIsNoRating() {
        assertThat(MeasureRatingPolicy.rate(Polarity.HIGHER_IS_BETTER, new BigDecimal("50"), new BigDecimal("60"), null)).isEqualTo(Rating.RED);
        assertThat(MeasureRatingPolicy.rate(Polarity.HIGHER_IS_BETTER, null, new BigDecimal("60"), null)).isNull();
    }

    private static Rating rate(Polarity polarity, String value, String target, String baseline) {
        return MeasureRatingPolicy.rate(polarity, new BigDecimal(value), new BigDecimal(target), new BigDecimal(baseline));
    }
}
