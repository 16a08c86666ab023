package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.support.English;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/** A refusal on creating an account names what is wrong, whoever calls and whatever the forms checked. */
@IntegrationTest
class UserCreationRefusalsIT {

    @Autowired
    UserManagement users;

    @Autowired
    TestData data;

    @Test
    void aNullByteInTheNameIsRefusedOnTheNameNotReportedAsATakenUsername() {
        Council council = data.council();
        String username = TestData.unique("nul");

        assertThatThrownBy(() -> Tenancy.runAs(council.id(), () -> users.create(
                new NewUser(username, "Sam\u0000Taylor", null, TestData.PASSWORD, Set.of(Role.OFFICER)))))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusals()).extracting(Refusal::subject).containsExactly("displayName");
                    assertThat(English.of(refused.refusals().get(0)))
                            .isEqualTo("Full name must not include tabs, line breaks or other control characters");
                });
        assertThatThrownBy(() -> Tenancy.runAs(council.id(), () -> users.create(
                new NewUser(username, "Sam Taylor", "sam\u0000@example.org", TestData.PASSWORD, Set.of(Role.OFFICER)))))
                .isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.refusals()).extracting(Refusal::subject).containsExactly("email"));
        // nothing was kept of either attempt: the username is still free
        Long created = Tenancy.callAs(council.id(), () -> users.create(
                new NewUser(username, "Sam Taylor", null, TestData.PASSWORD, Set.of(Role.OFFICER))));
        assertThat(created).isNotNull();
    }

    @Test
    void aDatabaseRefusalOtherThanTheUniqueUsernameIsNotReportedAsATakenUsername() {
        Long noSuchOrganisation = 999_999_999L;

        assertThatThrownBy(() -> Tenancy.runAs(noSuchOrganisation, () -> users.create(
                new NewUser(TestData.unique("orphan"), "Orphan Account", null, TestData.PASSWORD, Set.of(Role.OFFICER)))))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusals()).extracting(Refusal::subject).containsOnlyNulls();
                    assertThat(English.of(refused.refusals().get(0))).contains("could not be saved").doesNotContain("already taken");
                });
    }
}
