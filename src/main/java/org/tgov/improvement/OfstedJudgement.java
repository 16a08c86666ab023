package org.tgov.improvement;

/** The Ofsted scale. */
public enum OfstedJudgement {
    OUTSTANDING("Outstanding", "green"),
    GOOD("Good", "turquoise"),
    REQUIRES_IMPROVEMENT("Requires improvement to be good", "yellow"),
    INADEQUATE("Inadequate", "red");

    private final String label;
    private final String colour;

    OfstedJudgement(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour that shows it. */
    public String colour() {
        return colour;
    }
}
