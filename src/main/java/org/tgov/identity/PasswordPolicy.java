package org.tgov.identity;

import org.tgov.shared.RuleViolation;

/** Long passphrases beat complexity rules (NCSC guidance): at least 12 characters, at most 128. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new RuleViolation(field, "Enter a password");
        }
        if (password.length() < MIN_LENGTH) {
            throw new RuleViolation(field, "Password must be " + MIN_LENGTH + " characters or more");
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation(field, "Password must be " + MAX_LENGTH + " characters or fewer");
        }
    }
}
