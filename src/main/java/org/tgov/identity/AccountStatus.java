package org.tgov.identity;

import java.time.Instant;

/** Whether someone can sign in now, as an administrator needs to see it. */
public enum AccountStatus {
    ENABLED("Enabled"),
    LOCKED("Locked"),
    DISABLED("Disabled");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    /** Disabled wins over locked: unlocking a disabled account would still not let its owner in. */
    static AccountStatus of(boolean enabled, Instant lockedUntil, Instant now) {
        if (!enabled) {
            return DISABLED;
        }
        return lockedUntil != null && lockedUntil.isAfter(now) ? LOCKED : ENABLED;
    }

    public String label() {
        return label;
    }
}
