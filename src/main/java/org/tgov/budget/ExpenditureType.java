package org.tgov.budget;

/** Improvement meets the statutory duty to improve; transformation is designed to generate ongoing savings. */
public enum ExpenditureType {
    IMPROVEMENT("Improvement"),
    TRANSFORMATION("Transformation");

    private final String label;

    ExpenditureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
