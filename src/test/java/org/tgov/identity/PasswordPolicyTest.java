package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Random;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.support.English;

class PasswordPolicyTest {

    private static final String USERNAME = "sam.taylor";
    private static final String NAME = "Priya Shah";

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery", "demo-password", "a long enough passphrase",
            "tractor staple lighthouse", "Ünïcödé wörds ärë fïnë tøø", "فرس صحيح بطارية دبوس", "\u200Fשלום עולם ירוק"})
    void acceptsPassphrases(String password) {
        assertThatCode(() -> check(password)).doesNotThrowAnyException();
    }

    @Test
    void acceptsLongPassphrasesUpToTheMaximumThatBcryptCouldNotHash() {
        String words = "tractor staple lighthouse orchard violin meadow pebble kettle lantern ";
        assertThatCode(() -> check((words + words).substring(0, 73))).doesNotThrowAnyException();
        assertThatCode(() -> check((words + words).substring(0, 128))).doesNotThrowAnyException();
        // 60 characters but 120 bytes in UTF-8
        assertThatCode(() -> check("é".repeat(30) + "tractor staple lighthouse orchard viol")).doesNotThrowAnyException();
    }

    @Test
    void countsCharactersAsAPersonDoesNotUtf16Units() {
        // mathematical letters outside the basic plane: one character each, two UTF-16 units each
        StringBuilder hundredAndTwentyEight = new StringBuilder();
        Random letters = new Random(1);
        for (int i = 0; i < 128; i++) {
            hundredAndTwentyEight.appendCodePoint(0x1D400 + letters.nextInt(52));
        }
        assertThatCode(() -> check(hundredAndTwentyEight.toString())).doesNotThrowAnyException();
        refuses(hundredAndTwentyEight.appendCodePoint(0x1D400).toString())
                .isEqualTo("Password must be 128 characters or fewer");
        refuses("\uD835\uDC00\uD835\uDC01\uD835\uDC02\uD835\uDC03\uD835\uDC05\uD835\uDC08")
                .isEqualTo("Password must be 12 characters or more");
    }

    @Test
    void refusesAMissingShortOrOverlongPassword() {
        refuses("").isEqualTo("Enter a password");
        refuses(null).isEqualTo("Enter a password");
        refuses("eleven char").isEqualTo("Password must be 12 characters or more");
        refuses("tractor staple ".repeat(9).substring(0, 129)).isEqualTo("Password must be 128 characters or fewer");
        refuses("x".repeat(100_000)).isEqualTo("Password must be 128 characters or fewer");
    }

    @Test
    void refusesControlCharacters() {
        refuses("tractor staple\u0000lighthouse")
                .isEqualTo("Password must not include tabs, line breaks or other control characters");
        refuses("tractor staple\tlighthouse")
                .isEqualTo("Password must not include tabs, line breaks or other control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "            ", "AAAAAAAAAAAAAAAAAAAA", "abcabcabcabc", "passwordpassword",
            "blue blue blue blue", "ab-ab-ab-ab-ab"})
    void refusesTheSameCharactersRepeated(String password) {
        refuses(password).isEqualTo("Password must not be the same characters repeated, like aaaaaaaaaaaa or abcabcabcabc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijkl", "ABCDEFGHIJKLMNOP", "123456789012", "qwertyuiopas", "lkjihgfedcba",
            "09876543210987", "xyzabcdefghi"})
    void refusesSequences(String password) {
        refuses(password).isEqualTo(
                "Password must not be a sequence of letters, numbers or keys, like abcdefghijkl or 123456789012");
    }

    @Test
    void refusesTheUsernameOrThePersonsName() {
        refuses("Sam.Taylor-2024!").isEqualTo("Password must not include the username");
        refuses("my name is samtaylor").isEqualTo("Password must not include the username");
        refuses("priya shah rocks!!").isEqualTo("Password must not include the person's name");
        refuses("PRIYASHAH123456").isEqualTo("Password must not include the person's name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"leavemealone", "Leave me alone", "password1234", "iloveyou2024!!", "Sunshine12345",
            "123456qwerty", "2024football!", "qazwsxedcrfv"})
    void refusesCommonPasswordsEvenWithNumbersAdded(String password) {
        refuses(password).isEqualTo(
                "Password is too common and easy to guess. Choose a different one, for example 3 or 4 random words");
    }

    @Test
    void namesTheFieldItWasGivenInEveryRefusal() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "short", USERNAME, NAME))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusals()).extracting(Refusal::subject)
                        .containsExactly("newPassword"));
    }

    private static void check(String password) {
        PasswordPolicy.check("password", password, USERNAME, NAME);
    }

    /** The sentence the password field shows. */
    private static AbstractStringAssert<?> refuses(String password) {
        Refused refused = catchThrowableOfType(Refused.class, () -> check(password));
        assertThat(refused).as("the password is refused").isNotNull();
        assertThat(refused.refusals()).hasSize(1);
        return assertThat(English.of(refused.refusals().get(0)));
    }
}
