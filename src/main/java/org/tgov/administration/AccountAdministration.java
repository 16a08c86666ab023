package org.tgov.administration;

import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.identity.AccountSummary;
import org.tgov.identity.NewUser;
import org.tgov.identity.UserManagement;

/**
 * An organisation administrator's use cases on accounts. An account and its body memberships live
 * in two modules; each change to both runs in one transaction here, so a refusal from either
 * (a taken username, a stale edit, the last administrator) leaves neither half-saved.
 */
@Service
@Transactional
public class AccountAdministration {

    private final UserManagement users;
    private final BodyManagement bodies;

    AccountAdministration(UserManagement users, BodyManagement bodies) {
        this.users = users;
        this.bodies = bodies;
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> list(Pageable page) {
        return users.accounts(page);
    }

    @Transactional(readOnly = true)
    public AccountView view(Long userId) {
        return AccountView.of(users.get(userId), bodies.bodiesOf(userId));
    }

    /** The bodies a user can be put on. */
    @Transactional(readOnly = true)
    public List<BodySummary> bodies() {
        return bodies.all();
    }

    public Long create(NewUser newUser, Set<Long> bodyIds) {
        Long id = users.create(newUser);
        bodies.setMemberships(id, bodyIds);
        return id;
    }

    public void update(Long userId, long expectedVersion, AccountDetails details) {
        users.update(userId, expectedVersion, details.displayName(), details.email(), details.roles());
        bodies.setMemberships(userId, details.bodyIds());
    }

    public void disable(Long userId) {
        users.disable(userId);
    }

    public void enable(Long userId) {
        users.enable(userId);
    }

    public void resetPassword(Long userId, String newPassword) {
        users.resetPassword(userId, newPassword);
    }
}
