package org.tgov.identity;

/** An administrator disabled a user, changed their roles or reset their password. */
public record UserAccessChanged(String username) {
}
