package org.tgov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tgov.support.English;

class SignInWaitTest {

    private static String wait(Duration duration) {
        return English.of(SignInController.inWords(duration));
    }

    @Test
    void theWaitIsRoundedUpSoThatWaitingThatLongIsEnough() {
        assertThat(wait(Duration.ofSeconds(1))).isEqualTo("1 minute");
        assertThat(wait(Duration.ofSeconds(60))).isEqualTo("1 minute");
        assertThat(wait(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(wait(Duration.ofMinutes(3).minusNanos(1))).isEqualTo("3 minutes");
        assertThat(wait(Duration.ofMinutes(59))).isEqualTo("59 minutes");
        assertThat(wait(Duration.ofMinutes(60))).isEqualTo("1 hour");
        assertThat(wait(Duration.ofMinutes(61))).isEqualTo("2 hours");
    }
}
