package org.tgov.boards;

/** How often a body meets. */
public enum Cadence {
    WEEKLY("Weekly"),
    FORTNIGHTLY("Fortnightly"),
    MONTHLY("Monthly"),
    SIX_WEEKLY("Every 6 weeks"),
    BI_MONTHLY("Every 2 months"),
    QUARTERLY("Quarterly"),
    AS_NEEDED("As needed");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
