package org.tgov.identity.internal;

/** One row of the administrator's user list, before roles are added. */
public record AccountRow(Long id, String username, String displayName, boolean enabled) {
}
