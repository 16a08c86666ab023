package org.tgov.boards;

/** What a body is for; the view it reads follows from it. Which body decides change requests is set on the body. */
public enum BodyType {
    OPERATIONAL_BOARD("Operational improvement board", "Oversees delivery of the whole programme: actions, progress, impact, risks and spend"),
    INDEPENDENT_IMPROVEMENT_BOARD("Independent improvement board", "Chaired independently (for example by the DfE Improvement Adviser); checks compliance with the notice or direction"),
    RESOURCES_BOARD("Resources board", "Monitors spend and value for money and decides change requests beyond the approved scope or value"),
    LEADERSHIP_TEAM("Leadership team", "Critical friend: red and escalated items across everything"),
    SCRUTINY_COMMITTEE("Scrutiny committee", "Councillors scrutinise progress, make recommendations and request information"),
    EXECUTIVE("Cabinet or executive", "Reviews progress of the improvement plan and of the transformation funding"),
    FULL_COUNCIL("Full Council", "All the council's elected members: sets the budget and takes the decisions reserved to Council"),
    OTHER("Other", "Any other governance body");

    private final String label;
    private final String description;

    BodyType(String label, String description) {
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
