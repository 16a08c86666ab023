package org.tgov.improvement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tgov.improvement.InspectionDetails;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refusal;

/** An inspection says its type, what it is called and when it took place, and is not published before it took place. */
public final class InspectionRules {

    private InspectionRules() {
    }

    public static List<Optional<Refusal>> inspectionIsComplete(InspectionDetails details) {
        return List.of(
                details.type() == null ? Refusal.about("type", "improvement.inspection.type.required").asOptional() : Optional.empty(),
                details.title() == null || details.title().isBlank()
                        ? Refusal.about("title", "improvement.inspection.title.required").asOptional() : Optional.empty(),
                details.inspectedOn() == null
                        ? Refusal.about("inspectedOn", "field.required", FieldName.of("improvement.field.inspectedOn")).asOptional()
                        : Optional.empty(),
                details.inspectedOn() != null && details.publishedOn() != null && details.publishedOn().isBefore(details.inspectedOn())
                        ? Refusal.about("publishedOn", "improvement.inspection.publishedBeforeInspected").asOptional() : Optional.empty());
    }

    /**
     * An inspection is recorded once it has taken place, and its report once published, so neither
     * is in the future; each area judged has its name (up to 300 characters) and a judgement on the
     * Ofsted scale; the title fits its 200 characters.
     */
    public static List<Optional<Refusal>> inspectionHasHappened(InspectionDetails details, LocalDate today) {
        boolean areasIncomplete = details.judgements().stream().anyMatch(j -> j.area() == null || j.area().isBlank()
                || j.area().length() > 300 || j.judgement() == null);
        return List.of(
                details.title() != null && details.title().length() > 200
                        ? Refusal.about("title", "improvement.inspection.title.tooLong").asOptional() : Optional.empty(),
                details.inspectedOn() != null && details.inspectedOn().isAfter(today)
                        ? Refusal.about("inspectedOn", "improvement.inspection.inspectedOn.future").asOptional() : Optional.empty(),
                details.publishedOn() != null && details.publishedOn().isAfter(today)
                        ? Refusal.about("publishedOn", "improvement.inspection.publishedOn.future").asOptional() : Optional.empty(),
                areasIncomplete ? Refusal.about("judgements", "improvement.inspection.judgements.incomplete").asOptional() : Optional.empty());
    }

    /** A recommendation says what the inspectors recommend, in at most 10,000 characters. */
    public static Optional<Refusal> recommendationIsWorded(String recommendation) {
        if (recommendation == null || recommendation.isBlank()) {
            return Refusal.about("recommendation", "improvement.recommendation.text.required").asOptional();
        }
        return recommendation.length() > 10_000
                ? Refusal.about("recommendation", "improvement.recommendation.text.tooLong").asOptional() : Optional.empty();
    }
}
