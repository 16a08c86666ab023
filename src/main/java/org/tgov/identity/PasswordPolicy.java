package org.tgov.identity;

import java.util.Locale;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/**
 * What a new password must be, after the NCSC's password guidance: long rather than complex (12 to
 * 128 characters, counted as a person counts them, any letters or symbols of any language), and not
 * one that is easy to guess: the same characters repeated, a run along the alphabet, the digits or
 * the keyboard, the person's own username or name, or a password that many people use, even with
 * numbers added before or after it.
 *
 * <p>User creation, password reset and the platform administrator's organisation form all check
 * here, so every form that sets a password refuses the same passwords with the same words.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Names shorter than this are too likely to occur in a good passphrase by chance. */
    private static final int SHORTEST_NAME_CHECKED = 4;

    /** Runs that are easy to type or recite; each is also refused backwards, and wraps round. */
    private static final String[] SEQUENCES = {
        "abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"
    };

    private PasswordPolicy() {
    }

    /**
     * Refuses the password with the first reason that applies, as a refusal about {@code field}.
     *
     * @param username    the account's username, which the password must not contain
     * @param displayName the person's name, which the password must not contain either
     */
    public static void check(String field, String password, String username, String displayName) {
        if (password == null || password.isEmpty()) {
            throw new Refused(Refusal.about(field, "password.required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new Refused(Refusal.about(field, "password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            throw new Refused(Refusal.about(field, "password.tooLong", MAX_LENGTH));
        }
        if (PlainText.hasControlCharacters(password)) {
            throw new Refused(Refusal.about(field, "password.controlCharacters"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (repeats(lower)) {
            throw new Refused(Refusal.about(field, "password.repeated"));
        }
        if (isSequence(lower)) {
            throw new Refused(Refusal.about(field, "password.sequence"));
        }
        String letters = lettersAndDigits(password);
        if (contains(letters, username)) {
            throw new Refused(Refusal.about(field, "password.username"));
        }
        if (contains(letters, displayName)) {
            throw new Refused(Refusal.about(field, "password.name"));
        }
        if (CommonPasswords.includes(letters)) {
            throw new Refused(Refusal.about(field, "password.common"));
        }
    }

    /** Whether the whole text is one short group of characters said at least twice: its period is at most half. */
    private static boolean repeats(String text) {
        int[] codePoints = text.codePoints().toArray();
        for (int period = 1; period <= codePoints.length / 2; period++) {
            if (hasPeriod(codePoints, period)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPeriod(int[] codePoints, int period) {
        for (int i = period; i < codePoints.length; i++) {
            if (codePoints[i] != codePoints[i - period]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSequence(String text) {
        for (String sequence : SEQUENCES) {
            // long enough to hold any password that fits the maximum length, from any starting point
            String around = sequence.repeat(MAX_LENGTH / sequence.length() + 2);
            if (around.contains(text) || new StringBuilder(around).reverse().toString().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String passwordLetters, String name) {
        String nameLetters = name == null ? "" : lettersAndDigits(name);
        return nameLetters.length() >= SHORTEST_NAME_CHECKED && passwordLetters.contains(nameLetters);
    }

    /** Lower case, without spaces, punctuation or symbols: "Sam.Taylor 2024!" and "samtaylor2024" compare equal. */
    static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
