package org.tgov.identity.internal;

import java.time.Instant;

/** One row of the administrator's user list, before roles are added. */
public record AccountRow(Long id, String username, String displayName, boolean enabled, Instant lockedUntil) {
}
