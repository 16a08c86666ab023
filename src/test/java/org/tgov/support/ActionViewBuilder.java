package org.tgov.support;

import java.time.LocalDate;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.DescribedAction;
import org.tgov.improvement.Rating;

/** An action of the improvement plan as pages read it. */
public final class ActionViewBuilder {

    private Long id = 41L;
    private String reference = "A1";
    private String title = "Recruit permanent social workers";
    private LocalDate dueOn = LocalDate.of(2023, 3, 31);
    private ActionStatus status = ActionStatus.IN_PROGRESS;
    private Rating progress = Rating.AMBER;
    private Rating impact = Rating.GREEN;
    private boolean overdue;
    private long version = 2;

    public static ActionViewBuilder anAction() {
        return new ActionViewBuilder();
    }

    public ActionViewBuilder id(Long id, String reference) {
        this.id = id;
        this.reference = reference;
        return this;
    }

    public ActionViewBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public ActionViewBuilder rated(ActionStatus status, Rating progress, Rating impact) {
        this.status = status;
        this.progress = progress;
        this.impact = impact;
        return this;
    }

    public ActionViewBuilder overdue() {
        this.overdue = true;
        return this;
    }

    public ActionViewBuilder version(long version) {
        this.version = version;
        return this;
    }

    public ActionView build() {
        return new ActionView(id, 7L, 3L, 11L, 21L, reference, title, 2L, dueOn, status, progress, impact, null, null, null,
                null, overdue, version);
    }

    public DescribedAction described() {
        return new DescribedAction(build(), "Workforce stability", "Workforce", "Olivia Officer");
    }
}
