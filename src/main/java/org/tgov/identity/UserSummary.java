package org.tgov.identity;

/** A user as other modules and list pages see them: no credentials, no roles. */
public record UserSummary(Long id, String username, String displayName, boolean enabled) {
}
