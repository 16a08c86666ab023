package org.tgov.improvement;

/** The kinds of inspection and review a council's children's services have. */
public enum InspectionType {
    ILACS("Inspection of local authority children's services (ILACS)"),
    FOCUSED_VISIT("Focused visit"),
    SEND_AREA("SEND area inspection"),
    PEER_REVIEW("Peer review");

    private final String label;

    InspectionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
