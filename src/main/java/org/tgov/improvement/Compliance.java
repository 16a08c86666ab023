package org.tgov.improvement;

/** Whether the council complies with one requirement of a notice or direction. */
public enum Compliance {
    NOT_ASSESSED("Not yet assessed", "grey"),
    COMPLIANT("Complied with", "green"),
    IN_PROGRESS("In progress", "yellow"),
    NOT_COMPLIANT("Not complied with", "red");

    private final String label;
    private final String colour;

    Compliance(String label, String colour) {
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
