package org.tgov.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now, for "recorded by" columns: the signed-in username, or "system". */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String currentName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : SYSTEM;
    }
}
