package org.tgov.administration.web;

import java.util.Arrays;
import java.util.List;
import org.tgov.boards.BodySummary;
import org.tgov.identity.Role;

/** One checkbox with a hint below its label, such as a role and what it lets someone do. */
public record Choice(String value, String label, String hint) {

    /** Every role an organisation's user can have; platform administrators live outside organisations. */
    static List<Choice> organisationRoles() {
        return Arrays.stream(Role.values()).filter(Role::isOrganisationRole)
                .map(role -> new Choice(role.name(), role.label(), role.description())).toList();
    }

    static List<Choice> bodies(List<BodySummary> bodies) {
        return bodies.stream().map(body -> new Choice(body.id().toString(), body.name(), body.type().label())).toList();
    }
}
