package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgov.shared.RuleViolation;

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
                .hasMessage("Password must be 128 characters or fewer");
        refuses("\uD835\uDC00\uD835\uDC01\uD835\uDC02\uD835\uDC03\uD835\uDC05\uD835\uDC08")
                .hasMessage("Password must be 12 characters or more");
    }

    @Test
    void refusesAMissingShortOrOverlongPassword() {
        refuses("").hasMessage("Enter a password");
        refuses(null).hasMessage("Enter a password");
        refuses("eleven char").hasMessage("Password must be 12 characters or more");
        refuses("tractor staple ".repeat(9).substring(0, 129)).hasMessage("Password must be 128 characters or fewer");
        refuses("x".repeat(100_000)).hasMessage("Password must be 128 characters or fewer");
    }

    @Test
    void refusesControlCharacters() {
        refuses("tractor staple\u0000lighthouse")
                .hasMessage("Password must not include tabs, line breaks or other control characters");
        refuses("tractor staple\tlighthouse")
                .hasMessage("Password must not include tabs, line breaks or other control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "            ", "AAAAAAAAAAAAAAAAAAAA", "abcabcabcabc", "passwordpassword",
            "blue blue blue blue", "ab-ab-ab-ab-ab"})
    void refusesTheSameCharactersRepeated(String password) {
        refuses(password).hasMessage("Password must not be the same characters repeated, like aaaaaaaaaaaa or abcabcabcabc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijkl", "ABCDEFGHIJKLMNOP", "123456789012", "qwertyuiopas", "lkjihgfedcba",
            "09876543210987", "xyzabcdefghi"})
    void refusesSequences(String password) {
        refuses(password).hasMessage(
                "Password must not be a sequence of letters, numbers or keys, like abcdefghijkl or 123456789012");
    }

    @Test
    void refusesTheUsernameOrThePersonsName() {
        refuses("Sam.Taylor-2024!").hasMessage("Password must not include the username");
        refuses("my name is samtaylor").hasMessage("Password must not include the username");
        refuses("priya shah rocks!!").hasMessage("Password must not include the person's name");
        refuses("PRIYASHAH123456").hasMessage("Password must not include the person's name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"leavemealone", "Leave me alone", "password1234", "iloveyou2024!!", "Sunshine12345",
            "123456qwerty", "2024football!", "qazwsxedcrfv"})
    void refusesCommonPasswordsEvenWithNumbersAdded(String password) {
        refuses(password).hasMessage(
                "Password is too common and easy to guess. Choose a different one, for example 3 or 4 random words");
    }

    @Test
    void namesTheFieldItWasGivenInEveryRefusal() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "short", USERNAME, NAME))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("newPassword"));
    }

    private static void check(String password) {
        PasswordPolicy.check("password", password, USERNAME, NAME);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refuses(String password) {
        return assertThatThrownBy(() -> check(password)).isInstanceOf(RuleViolation.class);
    }
}
