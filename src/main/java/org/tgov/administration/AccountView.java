package org.tgov.administration;

import java.time.Instant;
import java.util.List;
import org.tgov.boards.BodySummary;
import org.tgov.identity.AccountStatus;
import org.tgov.identity.Role;
import org.tgov.identity.User;

/** One account as the administrator's pages show it, with the bodies its owner sits on or chairs. */
public record AccountView(Long id, String username, String displayName, String email, List<Role> roles,
        AccountStatus status, Instant lastSignInAt, Instant createdAt, List<BodySummary> bodies, long version) {

    static AccountView of(User user, List<BodySummary> bodies) {
        List<Role> roles = user.getRoles().stream().sorted().toList();
        return new AccountView(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), roles,
                user.status(), user.getLastSignInAt(), user.getCreatedAt(), List.copyOf(bodies),
                user.getVersion());
    }

    public boolean isChairOf(BodySummary body) {
        return id.equals(body.chairUserId());
    }
}
