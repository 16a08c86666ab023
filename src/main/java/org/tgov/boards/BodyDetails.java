package org.tgov.boards;

/**
 * What defines a governance body. The chair, when there is one, is a user of the same organisation;
 * {@code decidesChangeRequests} makes it the body that decides the organisation's change requests.
 */
public record BodyDetails(String name, BodyType type, Long chairUserId, String chairRole, Cadence cadence,
        String remit, boolean decidesChangeRequests) {

    public BodyDetails {
        name = name == null ? null : name.strip();
        chairRole = chairRole == null || chairRole.isBlank() ? null : chairRole.strip();
        remit = remit == null || remit.isBlank() ? null : remit.strip();
    }

    public BodyDetails(String name, BodyType type, Long chairUserId, String chairRole, Cadence cadence, String remit) {
        this(name, type, chairUserId, chairRole, cadence, remit, false);
    }
}
