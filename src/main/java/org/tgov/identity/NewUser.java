package org.tgov.identity;

import java.util.Set;

/** What an administrator supplies to create an account. */
public record NewUser(String username, String displayName, String email, String password, Set<Role> roles) {
}
