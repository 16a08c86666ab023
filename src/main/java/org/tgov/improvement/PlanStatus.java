package org.tgov.improvement;

/** Where a version of the improvement plan stands. */
public enum PlanStatus {
    DRAFT("Draft"),
    ENDORSED("Endorsed"),
    SUBMITTED("Submitted to Ofsted"),
    SUPERSEDED("Superseded");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
