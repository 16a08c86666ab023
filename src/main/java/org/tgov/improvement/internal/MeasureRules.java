package org.tgov.improvement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.Polarity;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refusal;

/** The rules of measures and their values, each a named policy answering with a refusal and its reason, or nothing. */
public final class MeasureRules {

    private MeasureRules() {
    }

    /** A measure says what it is, why, in what unit, which way is better, and its target. */
    public static List<Optional<Refusal>> measureIsComplete(MeasureDetails details) {
        return List.of(
                blank(details.name()) ? Refusal.about("name", "improvement.measure.name.required").asOptional() : Optional.empty(),
                blank(details.objective()) ? Refusal.about("objective", "improvement.measure.objective.required").asOptional() : Optional.empty(),
                blank(details.unit()) ? Refusal.about("unit", "improvement.measure.unit.required").asOptional() : Optional.empty(),
                details.polarity() == null ? Refusal.about("polarity", "improvement.measure.polarity.required").asOptional() : Optional.empty(),
                details.target() == null ? Refusal.about("target", "improvement.measure.target.required").asOptional() : Optional.empty(),
                details.frequency() == null ? Refusal.about("frequency", "improvement.measure.frequency.required").asOptional() : Optional.empty());
    }

    /**
     * A measure's figures hang together: a baseline date belongs to a baseline value, the baseline is
     * measured no later than the timescale for reaching the target, and the target is better than the
     * baseline in the measure's direction (otherwise it would be met before any work began).
     */
    public static List<Optional<Refusal>> measureIsCoherent(MeasureDetails details) {
        return List.of(
                details.baselineOn() != null && details.baselineValue() == null
                        ? Refusal.about("baselineValue", "improvement.measure.baselineOn.withoutValue").asOptional() : Optional.empty(),
                details.baselineOn() != null && details.targetBy() != null && details.baselineOn().isAfter(details.targetBy())
                        ? Refusal.about("targetBy", "improvement.measure.targetBy.beforeBaseline").asOptional() : Optional.empty(),
                targetNoBetter(details)
                        ? Refusal.about("target", details.polarity() == Polarity.HIGHER_IS_BETTER
                                ? "improvement.measure.target.notHigher" : "improvement.measure.target.notLower").asOptional()
                        : Optional.empty());
    }

    private static boolean targetNoBetter(MeasureDetails details) {
        if (details.target() == null || details.baselineValue() == null || details.polarity() == null) {
            return false;
        }
        int sign = details.polarity() == Polarity.HIGHER_IS_BETTER ? 1 : -1;
        return sign * details.target().compareTo(details.baselineValue()) <= 0;
    }

    /** A value is for a period that has begun, and is a number. */
    public static List<Optional<Refusal>> valueIsReported(LocalDate period, BigDecimal value, LocalDate today) {
        return List.of(
                period == null ? Refusal.about("period", "field.required", FieldName.of("improvement.field.period")).asOptional()
                        : period.isAfter(today) ? Refusal.about("period", "improvement.measure.period.future").asOptional() : Optional.empty(),
                value == null ? Refusal.about("value", "field.required", FieldName.of("improvement.field.value")).asOptional() : Optional.empty());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
