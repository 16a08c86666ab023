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
     * A notice or direction is recorded once it has been issued, so never dated in the future; and its
     * words fit what the record keeps (a title and an issuer of 200 characters, a summary of 10,000).
     */
    public static List<Optional<Refusal>> interventionIsIssued(InterventionDetails details, LocalDate today) {
        return List.of(
                details.issuedOn() != null && details.issuedOn().isAfter(today)
                        ? Refusal.about("issuedOn", "improvement.intervention.issuedOn.future").asOptional() : Optional.empty(),
                longer(details.title(), 200) ? Refusal.about("title", "improvement.intervention.title.tooLong").asOptional() : Optional.empty(),
                longer(details.issuedBy(), 200)
                        ? Refusal.about("issuedBy", "improvement.intervention.issuedBy.tooLong").asOptional() : Optional.empty(),
                longer(details.summary(), 10_000)
                        ? Refusal.about("summary", "improvement.intervention.summary.tooLong").asOptional() : Optional.empty());
    }

    /** A requirement says what is required, in at most 10,000 characters. */
    public static Optional<Refusal> requirementIsWorded(String requirement) {
        if (blank(requirement)) {
            return Refusal.about("requirement", "improvement.requirement.text.required").asOptional();
        }
        return longer(requirement, 10_000) ? Refusal.about("requirement", "improvement.requirement.text.tooLong").asOptional() : Optional.empty();
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

    private static boolean longer(String text, int limit) {
        return text != null && text.length() > limit;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
