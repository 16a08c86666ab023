package org.tgov.improvement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.ComplianceUpdate;
import org.tgov.improvement.InterventionDetails;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refusal;

/** The rules of interventions, each a named policy answering with a refusal and its reason, or nothing. */
public final class InterventionRules {

    private InterventionRules() {
    }

    /** A notice or direction has a kind, a title, who issued it and when. */
    public static List<Optional<Refusal>> interventionIsComplete(InterventionDetails details) {
        return List.of(
                details.kind() == null ? Refusal.about("kind", "improvement.intervention.kind.required").asOptional() : Optional.empty(),
                blank(details.title()) ? Refusal.about("title", "improvement.intervention.title.required").asOptional() : Optional.empty(),
                blank(details.issuedBy()) ? Refusal.about("issuedBy", "improvement.intervention.issuedBy.required").asOptional() : Optional.empty(),
                details.issuedOn() == null
                        ? Refusal.about("issuedOn", "field.required", FieldName.of("improvement.field.issuedOn")).asOptional()
                        : Optional.empty());
    }

    /**
     * Compliance is assessed against evidence: saying a requirement is complied with, or not,
     * needs the evidence for it; and a requirement not yet complied with has a date to look at it again.
     */
    public static List<Optional<Refusal>> complianceIsEvidenced(ComplianceUpdate update, LocalDate today) {
        Compliance compliance = update.compliance();
        return List.of(
                compliance == null ? Refusal.about("compliance", "improvement.compliance.required").asOptional() : Optional.empty(),
                (compliance == Compliance.COMPLIANT || compliance == Compliance.NOT_COMPLIANT) && blank(update.evidence())
                        ? Refusal.about("evidence", "improvement.compliance.evidence.required").asOptional() : Optional.empty(),
                (compliance == Compliance.IN_PROGRESS || compliance == Compliance.NOT_COMPLIANT) && update.reviewOn() == null
                        ? Refusal.about("reviewOn", "improvement.compliance.reviewOn.required").asOptional() : Optional.empty(),
                update.reviewOn() != null && update.reviewOn().isAfter(today.plusYears(5))
                        ? Refusal.about("reviewOn", "improvement.compliance.reviewOn.tooFar").asOptional() : Optional.empty());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
