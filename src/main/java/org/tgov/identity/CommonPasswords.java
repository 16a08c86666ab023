package org.tgov.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The passwords that people use most, from {@code identity/common-passwords.txt} (its header says
 * where the list comes from and under which licence). A password is common when, compared as
 * letters and digits only, it is on the list, or is on it once the digits before or after it are
 * taken away: "Password2024!" and "iloveyou123456" are as easy to guess as "password" and "iloveyou".
 */
final class CommonPasswords {

    private static final String LIST = "/identity/common-passwords.txt";

    /** Shorter entries ("1234", "me") would refuse good passphrases that merely begin or end with them. */
    private static final int SHORTEST_ENTRY = 4;

    private static final Set<String> ENTRIES = load();

    private CommonPasswords() {
    }

    /** @param letters the password as {@link PasswordPolicy#lettersAndDigits} gives it */
    static boolean includes(String letters) {
        return ENTRIES.contains(letters) || ENTRIES.contains(withoutOuterDigits(letters));
    }

    private static String withoutOuterDigits(String letters) {
        int start = 0;
        int end = letters.length();
        while (start < end && Character.isDigit(letters.charAt(start))) {
            start++;
        }
        while (end > start && Character.isDigit(letters.charAt(end - 1))) {
            end--;
        }
        return letters.substring(start, end);
    }

    private static Set<String> load() {
        Set<String> entries = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = PasswordPolicy.lettersAndDigits(line);
                if (!line.startsWith("#") && entry.length() >= SHORTEST_ENTRY) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(entries);
    }
}
