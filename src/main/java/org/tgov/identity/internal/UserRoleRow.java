package org.tgov.identity.internal;

import org.tgov.identity.Role;

/** One role of one user: roles for a whole page of users come back as these, in one query. */
public record UserRoleRow(Long userId, Role role) {
}
