package org.tgov.boards;

import org.tgov.shared.RuleViolation;

/** What defines a governance body. The chair, when there is one, is a user of the same organisation. */
public record BodyDetails(String name, BodyType type, Long chairUserId, String chairRole, Cadence cadence,
        String remit) {

    public BodyDetails {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "Enter the body's name");
        }
        if (type == null) {
            throw new RuleViolation("type", "Select the type of body");
        }
        if (cadence == null) {
            throw new RuleViolation("cadence", "Select how often the body meets");
        }
        name = name.strip();
        chairRole = chairRole == null || chairRole.isBlank() ? null : chairRole.strip();
        remit = remit == null || remit.isBlank() ? null : remit.strip();
    }
}
