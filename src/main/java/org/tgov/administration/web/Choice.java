package org.tgov.administration.web;

import java.util.Arrays;
import java.util.List;
import org.tgov.boards.BodySummary;
import org.tgov.identity.Role;
import org.tgov.shared.web.Option;

/** The checkboxes of the user forms: roles with what each lets someone do, bodies with their type. */
final class Choice {

    private Choice() {
    }

    /** Every role an organisation's user can have; platform administrators live outside organisations. */
    static List<Option> organisationRoles() {
        return Arrays.stream(Role.values()).filter(Role::isOrganisationRole)
                .map(role -> new Option(role.name(), role.label(), role.description())).toList();
    }

    static List<Option> bodies(List<BodySummary> bodies) {
        return bodies.stream().map(body -> new Option(body.id().toString(), body.name(), body.type().label())).toList();
    }
}
