package org.tgov.identity.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.tgov.identity.OrganisationManagement;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.support.English;

class PlatformAdministratorBootstrapTest {

    @Test
    void aRefusedPasswordStopsTheStartUpSayingWhyInWords() {
        OrganisationManagement organisations = mock(OrganisationManagement.class);
        given(organisations.ensurePlatformAdministrator(any(), any(), any()))
                .willThrow(new Refused(Refusal.about("password", "password.tooShort", 12)));
        PlatformAdministratorBootstrap bootstrap = new PlatformAdministratorBootstrap(organisations, English.source(),
                "platform", "too short");

        assertThatThrownBy(bootstrap::createFirstPlatformAdministrator).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Password must be 12 characters or more");
    }
}
