package org.tgov.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

class StartupRetryTest {

    @Test
    void triesAgainWhileTheDatabaseIsUnavailable() {
        AtomicInteger attempts = new AtomicInteger();

        StartupRetry.run("Loading", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
        }, 5, Duration.ofMillis(1));

        assertThat(attempts).hasValue(3);
    }

    @Test
    void givesUpWhenTheDatabaseStaysUnavailable() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> StartupRetry.run("Loading", () -> {
            attempts.incrementAndGet();
            throw new DataAccessResourceFailureException("Connection refused");
        }, 3, Duration.ofMillis(1))).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void doesNotRepeatWorkThatFailedForAnyOtherReason() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> StartupRetry.run("Loading", () -> {
            attempts.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate");
        }, 3, Duration.ofMillis(1))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(attempts).hasValue(1);
    }
}
