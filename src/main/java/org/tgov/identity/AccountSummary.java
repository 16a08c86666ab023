package org.tgov.identity;

import java.util.List;

/**
 * A user in an administrator's list: who they are, what they may do (roles in {@link Role}'s
 * order, so every row reads the same way) and whether they can sign in.
 */
public record AccountSummary(Long id, String username, String displayName, List<Role> roles, AccountStatus status) {

    public AccountSummary {
        roles = List.copyOf(roles);
    }
}
