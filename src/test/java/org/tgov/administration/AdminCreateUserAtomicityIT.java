package org.tgov.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.tgov.boards.BodyManagement;
import org.tgov.identity.NewUser;
import org.tgov.identity.Role;
import org.tgov.identity.Tenancy;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/** Its own application context (a spied bean), so kept to the one test that needs it. */
@IntegrationTest
class AdminCreateUserAtomicityIT {

    @Autowired
    AccountAdministration accounts;

    @Autowired
    TestData data;

    @Autowired
    AdminFixtures fixtures;

    @MockitoSpyBean
    BodyManagement bodies;

    @Test
    void anAccountIsNotCreatedWhenItsMembershipsCannotBeSaved() {
        Council council = data.council();
        Long board = fixtures.body(council);
        String username = TestData.unique("half");
        doThrow(new IllegalStateException("memberships failed")).when(bodies).setMemberships(anyLong(), any());

        assertThatThrownBy(() -> Tenancy.runAs(council.id(), () -> accounts.create(
                new NewUser(username, "Half Made", null, "a long enough passphrase", Set.of(Role.OFFICER)),
                Set.of(board)))).hasMessage("memberships failed");

        assertThat(fixtures.userId(council, username)).isNull();
    }
}
