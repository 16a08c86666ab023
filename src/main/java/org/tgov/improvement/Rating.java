package org.tgov.improvement;

/** How an action is doing, for progress (on track?) and separately for impact (making a difference for children?). */
public enum Rating {
    RED("Red", "red"),
    AMBER("Amber", "orange"),
    GREEN("Green", "green"),
    BLUE("Blue (complete)", "blue");

    private final String label;
    private final String colour;

    Rating(String label, String colour) {
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
