package org.tgov.improvement;

/** How often a measure is reported. */
public enum Frequency {
    MONTHLY("Monthly"),
    QUARTERLY("Quarterly"),
    ANNUAL("Annual");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
