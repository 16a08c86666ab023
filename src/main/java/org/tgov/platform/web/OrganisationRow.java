package org.tgov.platform.web;

import java.time.Instant;
import org.tgov.identity.Organisation;

/** An organisation in the platform administrator's list. */
public record OrganisationRow(Long id, String name, Instant createdAt) {

    static OrganisationRow of(Organisation organisation) {
        return new OrganisationRow(organisation.getId(), organisation.getName(), organisation.getCreatedAt());
    }
}
