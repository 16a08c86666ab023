package org.tgov.improvement.internal;

import java.time.LocalDate;
import org.tgov.improvement.ActionStatus;

/**
 * An action past its due date and not complete (or closed) is overdue, wherever it appears. The
 * repositories ask the same question of the database when they count or list overdue actions.
 */
public final class OverduePolicy {

    private OverduePolicy() {
    }

    public static boolean isOverdue(LocalDate dueOn, ActionStatus status, LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && !status.isDone();
    }
}
