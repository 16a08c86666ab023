package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountStatusTest {

    private static final Instant NOW = Instant.parse("2024-03-31T12:00:00Z");

    @Test
    void anEnabledAccountWithoutALockIsEnabled() {
        assertThat(AccountStatus.of(true, null, NOW)).isEqualTo(AccountStatus.ENABLED);
    }

    @Test
    void isLockedUntilTheLockRunsOut() {
        assertThat(AccountStatus.of(true, NOW.plusSeconds(60), NOW)).isEqualTo(AccountStatus.LOCKED);
        assertThat(AccountStatus.of(true, NOW.minusSeconds(1), NOW)).isEqualTo(AccountStatus.ENABLED);
    }

    @Test
    void disabledWinsOverLocked() {
        assertThat(AccountStatus.of(false, NOW.plusSeconds(60), NOW)).isEqualTo(AccountStatus.DISABLED);
    }
}
