package org.tgov.improvement;

/** Which way a measure should move. */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
