package org.tgov.improvement;

/** An action with the names a page shows beside it: its priority area, workstream and owner. */
public record DescribedAction(ActionView action, String priorityArea, String workstream, String owner) {
}
