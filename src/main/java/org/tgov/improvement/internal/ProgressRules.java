package org.tgov.improvement.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ProgressDetails;
import org.tgov.improvement.Rating;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refusal;

/** The rules of a progress update, each a named policy answering with a refusal and its reason, or nothing. */
public final class ProgressRules {

    private ProgressRules() {
    }

    /** An update says when, the status, both ratings and what happened; it is not dated in the future nor before the latest. */
    public static List<Optional<Refusal>> updateIsComplete(ProgressDetails update, LocalDate today, LocalDate latest) {
        List<Optional<Refusal>> answers = new ArrayList<>();
        LocalDate on = update.recordedOn();
        answers.add(on == null ? Refusal.about("recordedOn", "field.required", FieldName.of("improvement.field.recordedOn")).asOptional()
                : on.isAfter(today) ? Refusal.about("recordedOn", "improvement.progress.recordedOn.future").asOptional()
                : latest != null && on.isBefore(latest)
                        ? Refusal.about("recordedOn", "improvement.progress.recordedOn.beforeLatest", org.tgov.shared.UkDates.format(latest)).asOptional()
                        : Optional.empty());
        answers.add(update.status() == null ? Refusal.about("status", "improvement.progress.status.required").asOptional() : Optional.empty());
        answers.add(update.progress() == null
                ? Refusal.about("progress", "improvement.rating.required", FieldName.of("improvement.field.progress")).asOptional()
                : Optional.empty());
        answers.add(update.impact() == null
                ? Refusal.about("impact", "improvement.rating.required", FieldName.of("improvement.field.impact")).asOptional()
                : Optional.empty());
        answers.add(update.commentary() == null || update.commentary().isBlank()
                ? Refusal.about("commentary", "improvement.progress.commentary.required").asOptional() : Optional.empty());
        answers.add(evidenceIsALink(update.evidenceLink()));
        return answers;
    }

    /**
     * Blue means complete: only a complete or closed action is rated blue, and a complete action's
     * progress is blue. Impact is judged on its own: a complete action may not yet have made a difference.
     */
    public static List<Optional<Refusal>> blueMeansComplete(ActionStatus status, Rating progress, Rating impact) {
        if (status == null) {
            return List.of();
        }
        return List.of(
                progress == Rating.BLUE && !status.isDone()
                        ? Refusal.about("progress", "improvement.rating.blueNotComplete", FieldName.of("improvement.field.progress").atStart()).asOptional()
                        : Optional.empty(),
                impact == Rating.BLUE && !status.isDone()
                        ? Refusal.about("impact", "improvement.rating.blueNotComplete", FieldName.of("improvement.field.impact").atStart()).asOptional()
                        : Optional.empty(),
                status == ActionStatus.COMPLETE && progress != null && progress != Rating.BLUE
                        ? Refusal.about("progress", "improvement.rating.completeIsBlue").asOptional() : Optional.empty());
    }

    /** Evidence is a web address (https or http), where the board can follow it. */
    public static Optional<Refusal> evidenceIsALink(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link.strip());
            boolean web = ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
            return web && link.length() <= 500 ? Optional.empty()
                    : Refusal.about("evidenceLink", "improvement.progress.evidenceLink.format").asOptional();
        } catch (URISyntaxException e) {
            return Refusal.about("evidenceLink", "improvement.progress.evidenceLink.format").asOptional();
        }
    }
}
