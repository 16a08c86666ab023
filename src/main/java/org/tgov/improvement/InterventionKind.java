package org.tgov.improvement;

/** How the Department for Education intervenes: a notice without statutory force, or with it, or a direction. */
public enum InterventionKind {
    IMPROVEMENT_NOTICE("Non-statutory improvement notice"),
    STATUTORY_NOTICE("Statutory improvement notice"),
    STATUTORY_DIRECTION("Statutory direction");

    private final String label;

    InterventionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
