package org.tgov.administration;

import java.util.Set;
import java.util.regex.Pattern;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.identity.AccountSummary;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.identity.UserManagement;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/** What the administration tests need beyond {@link TestData}: bodies, the first administrator, reading back. */
@Component
class AdminFixtures {

    private final BodyManagement bodies;
    private final UserManagement users;
    private final AccountAdministration accounts;

    AdminFixtures(BodyManagement bodies, UserManagement users, AccountAdministration accounts) {
        this.bodies = bodies;
        this.users = users;
        this.accounts = accounts;
    }

    Long body(Council council) {
        return body(council, null);
    }

    Long body(Council council, Long chairUserId) {
        return Tenancy.callAs(council.id(), () -> bodies.create(new BodyDetails(TestData.unique("Board"),
                BodyType.OPERATIONAL_BOARD, chairUserId, null, Cadence.MONTHLY, null)));
    }

    /** The administrator created with the council: its only administrator until a test adds another. */
    SignedInUser firstAdmin(Council council) {
        Long id = userId(council, council.adminUsername());
        return new SignedInUser(id, council.id(), council.name(), council.adminUsername(),
                "Admin " + council.adminUsername(), Set.of(Role.ADMIN), true, null);
    }

    /** The id of a user of the council by username, or null when there is none. */
    Long userId(Council council, String username) {
        return Tenancy.callAs(council.id(), () -> users.accounts(Pageable.unpaged()).stream()
                .filter(account -> account.username().equals(username)).map(AccountSummary::id)
                .findFirst().orElse(null));
    }

    long userCount(Council council) {
        return Tenancy.callAs(council.id(), () -> users.accounts(Pageable.unpaged()).getTotalElements());
    }

    AccountView view(Council council, Long userId) {
        return Tenancy.callAs(council.id(), () -> accounts.view(userId));
    }

    /** Matches a page on which the checkbox with this value is ticked. */
    static Matcher<String> ticked(Object value) {
        return Matchers.matchesPattern(Pattern.compile(".*<input[^>]*value=\"" + value + "\"[^>]*checked[^>]*>.*",
                Pattern.DOTALL));
    }

    Set<Long> membersOf(Council council, Long bodyId) {
        return Tenancy.callAs(council.id(), () -> bodies.view(bodyId).body().getMemberIds());
    }
}
