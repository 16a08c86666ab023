package org.tgov.identity;

/** What a user may do. Every role but {@link #PLATFORM_ADMIN} belongs inside one organisation. */
public enum Role {
    PLATFORM_ADMIN("Platform administrator", "Creates organisations and their first administrator; sees no programme data"),
    ADMIN("Administrator", "Manages the organisation's users, roles and body memberships"),
    OFFICER("Officer", "Enters spend and progress"),
    FINANCE("Finance", "Enters and imports spend, commitments and forecasts"),
    CHAIR("Chair", "Chairs a governance body"),
    BOARD_MEMBER("Board member", "Sits on a governance body"),
    SCRUTINY_MEMBER("Scrutiny member", "Reads reports; changes nothing");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isOrganisationRole() {
        return this != PLATFORM_ADMIN;
    }
}
