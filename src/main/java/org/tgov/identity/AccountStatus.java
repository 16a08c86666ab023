package org.tgov.identity;

/** Whether someone can sign in now, as an administrator needs to see it. */
public enum AccountStatus {
    ENABLED("Enabled"),
    DISABLED("Disabled");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    /**
     * Wrong passwords never change an account's status: they slow down further attempts from the
     * same address for a while instead, so an attacker cannot keep the owner out.
     */
    static AccountStatus of(boolean enabled) {
        return enabled ? ENABLED : DISABLED;
    }

    public String label() {
        return label;
    }
}
