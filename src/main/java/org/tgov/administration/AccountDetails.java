package org.tgov.administration;

import java.util.Set;
import org.tgov.identity.Role;

/** What an administrator can change about an existing account. */
public record AccountDetails(String displayName, String email, Set<Role> roles, Set<Long> bodyIds) {

    public AccountDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        bodyIds = bodyIds == null ? Set.of() : Set.copyOf(bodyIds);
    }
}
