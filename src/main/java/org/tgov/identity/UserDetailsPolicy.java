package org.tgov.identity;

import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/**
 * What a user's name and email address must be, whichever form or code supplies them: checked by
 * {@link User} itself, so that nothing the database would refuse (a null byte, a name longer than
 * its column) ever reaches it, and the person is told which answer to correct.
 */
final class UserDetailsPolicy {

    /** The columns' lengths, which the sentences user.fullName.tooLong and user.email.tooLong also say. */
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;

    private UserDetailsPolicy() {
    }

    /** The name as it is kept: without spaces around it. */
    static String displayName(String name) {
        if (PlainText.isBlank(name)) {
            throw new Refused(Refusal.about("displayName", "user.fullName.required"));
        }
        if (PlainText.hasControlCharacters(name)) {
            throw new Refused(Refusal.about("displayName", "user.fullName.controlCharacters"));
        }
        String kept = name.strip();
        if (PlainText.length(kept) > MAX_NAME_LENGTH) {
            throw new Refused(Refusal.about("displayName", "user.fullName.tooLong"));
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
            throw new Refused(Refusal.about("email", "user.email.tooLong"));
        }
        int at = kept.lastIndexOf('@');
        boolean wellFormed = at > 0 && at < kept.length() - 1 && !PlainText.hasControlCharacters(kept)
                && kept.codePoints().noneMatch(Character::isWhitespace);
        if (!wellFormed) {
            throw new Refused(Refusal.about("email", "user.email.format"));
        }
        return kept;
    }
}
