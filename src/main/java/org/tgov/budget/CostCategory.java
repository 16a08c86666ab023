package org.tgov.budget;

public enum CostCategory {
    PERMANENT_STAFF("Permanent staff"),
    AGENCY_STAFF("Agency staff"),
    CONSULTANCY("Consultancy"),
    TRAINING("Training"),
    SYSTEMS("Systems"),
    OTHER("Other");

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
