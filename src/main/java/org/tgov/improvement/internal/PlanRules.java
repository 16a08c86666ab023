package org.tgov.improvement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tgov.improvement.PlanDetails;
import org.tgov.improvement.PlanStatus;
import org.tgov.shared.Refusal;

/** The rules of the plan's versions and priority areas, each a named policy answering with a refusal and its reason, or nothing. */
public final class PlanRules {

    static final int TITLE_LENGTH = 200;
    static final int VERSION_LENGTH = 30;
    static final int NAME_LENGTH = 200;

    private PlanRules() {
    }

    /** A version of the plan has a title, a version and a status, each short enough to show. */
    public static List<Optional<Refusal>> planIsComplete(PlanDetails plan) {
        return List.of(
                blank(plan.title()) ? Refusal.about("title", "improvement.plan.title.required").asOptional()
                        : tooLong(plan.title(), TITLE_LENGTH) ? Refusal.about("title", "improvement.plan.title.tooLong").asOptional()
                        : Optional.empty(),
                blank(plan.planVersion()) ? Refusal.about("planVersion", "improvement.plan.planVersion.required").asOptional()
                        : tooLong(plan.planVersion(), VERSION_LENGTH)
                                ? Refusal.about("planVersion", "improvement.plan.planVersion.tooLong").asOptional() : Optional.empty(),
                plan.status() == null ? Refusal.about("status", "improvement.plan.status.required").asOptional() : Optional.empty(),
                tooLong(plan.endorsedBy(), TITLE_LENGTH)
                        ? Refusal.about("endorsedBy", "improvement.plan.endorsedBy.tooLong").asOptional() : Optional.empty());
    }

    /**
     * The status is borne out by the dates: a plan endorsed, or submitted to Ofsted (which only an
     * endorsed plan is), says when it was endorsed; a submitted plan says when it went; a draft has
     * been neither. A superseded plan may have been either, so it needs neither date.
     */
    public static List<Optional<Refusal>> statusIsBorneOutByDates(PlanDetails plan) {
        PlanStatus status = plan.status();
        boolean endorsed = status == PlanStatus.ENDORSED || status == PlanStatus.SUBMITTED;
        return List.of(
                endorsed && plan.endorsedOn() == null
                        ? Refusal.about("endorsedOn", "improvement.plan.endorsedOn.required").asOptional() : Optional.empty(),
                status == PlanStatus.SUBMITTED && plan.submittedOn() == null
                        ? Refusal.about("submittedOn", "improvement.plan.submittedOn.required").asOptional() : Optional.empty(),
                status == PlanStatus.DRAFT && plan.endorsedOn() != null
                        ? Refusal.about("endorsedOn", "improvement.plan.draftNotEndorsed").asOptional() : Optional.empty(),
                status == PlanStatus.DRAFT && plan.submittedOn() != null
                        ? Refusal.about("submittedOn", "improvement.plan.draftNotSubmitted").asOptional() : Optional.empty());
    }

    /** Endorsement and submission are things that have happened, in that order: neither is in the future. */
    public static List<Optional<Refusal>> datesHaveHappened(PlanDetails plan, LocalDate today) {
        return List.of(
                plan.endorsedOn() != null && plan.endorsedOn().isAfter(today)
                        ? Refusal.about("endorsedOn", "improvement.plan.endorsedOn.future").asOptional() : Optional.empty(),
                plan.submittedOn() != null && plan.submittedOn().isAfter(today)
                        ? Refusal.about("submittedOn", "improvement.plan.submittedOn.future").asOptional() : Optional.empty(),
                plan.endorsedOn() != null && plan.submittedOn() != null && plan.submittedOn().isBefore(plan.endorsedOn())
                        ? Refusal.about("submittedOn", "improvement.plan.submittedBeforeEndorsed").asOptional() : Optional.empty());
    }

    /** A priority area has a name short enough to show. */
    public static Optional<Refusal> areaIsNamed(String name) {
        return blank(name) ? Refusal.about("name", "improvement.area.name.required").asOptional()
                : tooLong(name, NAME_LENGTH) ? Refusal.about("name", "improvement.area.name.tooLong").asOptional() : Optional.empty();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static boolean tooLong(String text, int max) {
        return text != null && text.codePointCount(0, text.length()) > max;
    }
}
