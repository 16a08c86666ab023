package org.tgov.support;

import java.util.Set;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;

/** People of one test council for slices, which have no database to create them in. */
public final class SignedInUsers {

    public static final Long COUNCIL = 10L;

    public static final SignedInUser ADMIN = signedIn(1L, "ada.admin", "Ada Admin", Role.ADMIN);
    public static final SignedInUser OFFICER = signedIn(2L, "olivia.officer", "Olivia Officer", Role.OFFICER);
    public static final SignedInUser FINANCE = signedIn(3L, "fred.finance", "Fred Finance", Role.FINANCE);
    public static final SignedInUser CHAIR = signedIn(4L, "rita.resources", "Rita Resources", Role.CHAIR);
    public static final SignedInUser BOARD_MEMBER = signedIn(5L, "ben.member", "Ben Member", Role.BOARD_MEMBER);
    public static final SignedInUser SCRUTINY = signedIn(6L, "carl.councillor", "Carl Councillor", Role.SCRUTINY_MEMBER);
    /** Outside every organisation: sees no programme data. */
    public static final SignedInUser PLATFORM = new SignedInUser(7L, null, null, "pat.platform", "Pat Platform",
            Set.of(Role.PLATFORM_ADMIN), true, null);

    private SignedInUsers() {
    }

    public static SignedInUser signedIn(Long id, String username, String displayName, Role... roles) {
        return new SignedInUser(id, COUNCIL, "Test Council", username, displayName, Set.of(roles), true, null);
    }
}
