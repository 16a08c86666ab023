package org.tgov.improvement;

/** Where an action of the improvement plan stands. */
public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete"),
    CLOSED("Closed");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Complete and closed actions are done: they are never overdue. */
    public boolean isDone() {
        return this == COMPLETE || this == CLOSED;
    }
}
