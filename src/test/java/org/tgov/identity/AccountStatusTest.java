package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AccountStatusTest {

    @Test
    void anAccountIsEitherEnabledOrDisabled() {
        assertThat(AccountStatus.of(true)).isEqualTo(AccountStatus.ENABLED);
        assertThat(AccountStatus.of(false)).isEqualTo(AccountStatus.DISABLED);
    }

    /** Wrong passwords slow down further attempts from their address; they never lock the account. */
    @Test
    void thereIsNoLockedStatus() {
        assertThat(Arrays.stream(AccountStatus.values()).map(AccountStatus::name)).containsExactly("ENABLED", "DISABLED");
    }
}
