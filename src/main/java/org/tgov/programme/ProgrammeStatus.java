package org.tgov.programme;

public enum ProgrammeStatus {
    PLANNED("Planned"),
    ACTIVE("In delivery"),
    PAUSED("Paused"),
    CLOSED("Closed");

    private final String label;

    ProgrammeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
