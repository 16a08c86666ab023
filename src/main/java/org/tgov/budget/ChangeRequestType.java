package org.tgov.budget;

public enum ChangeRequestType {
    BUDGET_INCREASE("Budget increase", "More money for one or more cost lines"),
    VIREMENT("Virement", "Moves budget between cost lines; the amounts must net to zero"),
    REPROFILING("Re-profiling", "Moves a cost line's budget between financial years; each cost line must net to zero"),
    SCOPE_CHANGE("Scope change", "Changes what the programme delivers; may carry budget changes");

    private final String label;
    private final String description;

    ChangeRequestType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
