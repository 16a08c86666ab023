package org.tgov.identity;

import org.tgov.shared.RuleViolation;

/**
 * What a user's name and email address must be, whichever form or code supplies them: checked by
 * {@link User} itself, so that nothing the database would refuse (a null byte, a name longer than
 * its column) ever reaches it, and the person is told which answer to correct.
 */
final class UserDetailsPolicy {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;

    private UserDetailsPolicy() {
    }

    /** The name as it is kept: without spaces around it. */
    static String displayName(String name) {
        if (PlainText.isBlank(name)) {
            throw new RuleViolation("displayName", "Enter the user's full name");
        }
        if (PlainText.hasControlCharacters(name)) {
            throw new RuleViolation("displayName", "Full name must not include tabs, line breaks or other control characters");
        }
        String kept = name.strip();
        if (PlainText.length(kept) > MAX_NAME_LENGTH) {
            throw new RuleViolation("displayName", "Full name must be " + MAX_NAME_LENGTH + " characters or fewer");
        }
        return kept;
    }

    /** The address as it is kept, or null when none was given (it is optional). */
    static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String kept = email.strip();
        if (PlainText.length(kept) > MAX_EMAIL_LENGTH) {
            throw new RuleViolation("email", "Email address must be " + MAX_EMAIL_LENGTH + " characters or fewer");
        }
        int at = kept.lastIndexOf('@');
        boolean wellFormed = at > 0 && at < kept.length() - 1 && !PlainText.hasControlCharacters(kept)
                && kept.codePoints().noneMatch(Character::isWhitespace);
        if (!wellFormed) {
            throw new RuleViolation("email", "Enter an email address in the correct format, like name@example.org");
        }
        return kept;
    }
}
