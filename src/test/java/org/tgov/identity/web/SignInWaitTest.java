package org.tgov.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInWaitTest {

    @Test
    void theWaitIsRoundedUpSoThatWaitingThatLongIsEnough() {
        assertThat(SignInController.inWords(Duration.ofSeconds(1))).isEqualTo("1 minute");
        assertThat(SignInController.inWords(Duration.ofSeconds(60))).isEqualTo("1 minute");
        assertThat(SignInController.inWords(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(SignInController.inWords(Duration.ofMinutes(3).minusNanos(1))).isEqualTo("3 minutes");
        assertThat(SignInController.inWords(Duration.ofMinutes(59))).isEqualTo("59 minutes");
        assertThat(SignInController.inWords(Duration.ofMinutes(60))).isEqualTo("1 hour");
        assertThat(SignInController.inWords(Duration.ofMinutes(61))).isEqualTo("2 hours");
    }
}
