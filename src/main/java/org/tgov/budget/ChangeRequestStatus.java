package org.tgov.budget;

public enum ChangeRequestStatus {
    DRAFT("Draft"),
    SUBMITTED("Awaiting decision"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ChangeRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
