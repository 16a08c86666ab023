package org.tgov.improvement.internal;

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
}
