package org.tgov.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.internal.AccountRow;
import org.tgov.identity.internal.OrganisationRepository;
import org.tgov.identity.internal.UserRepository;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;

/**
 * An organisation administrator's use cases on the accounts of their own organisation. Every
 * method works within {@link Tenancy#currentOrganisationId()}; a user of another organisation is
 * "not found".
 */
@Service
@Transactional
public class UserManagement {

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final AccountCreation creation;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserManagement(UserRepository users, OrganisationRepository organisations, AccountCreation creation,
            PasswordEncoder passwordEncoder, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.organisations = organisations;
        this.creation = creation;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> list(Pageable page) {
        return users.summariesOf(organisationId(), page);
    }

    /** A page of the organisation's accounts with their roles and status, in a fixed number of queries. */
    @Transactional(readOnly = true)
    public Page<AccountSummary> accounts(Pageable page) {
        Page<AccountRow> rows = users.accountsOf(organisationId(), page);
        Map<Long, Set<Role>> roles = users.rolesByUser(rows.map(AccountRow::id).getContent());
        return rows.map(row -> new AccountSummary(row.id(), row.username(), row.displayName(),
                List.copyOf(roles.getOrDefault(row.id(), Set.of())), AccountStatus.of(row.enabled())));
    }

    @Transactional(readOnly = true)
    public User get(Long userId) {
        return users.findByIdAndOrganisationId(userId, organisationId())
                .orElseThrow(() -> new NotFoundException("User"));
    }

    public Long create(NewUser newUser) {
        return creation.createIn(organisationId(), newUser);
    }

    public void update(Long userId, long expectedVersion, String displayName, String email, Set<Role> roles) {
        lockAdministrators();
        User user = get(userId);
        if (user.getVersion() != expectedVersion) {
            throw new StaleEditException("record.user");
        }
        AccountCreation.requireOrganisationRoles(roles);
        if (!roles.contains(Role.ADMIN)) {
            LastAdministratorPolicy.check(user, enabledAdministrators(), "roles", "user.lastAdministrator.demote");
        }
        boolean rolesChanged = !user.getRoles().equals(roles);
        user.rename(displayName, email);
        user.assignRoles(roles);
        if (rolesChanged) {
            events.publishEvent(new UserAccessChanged(user.getUsername()));
        }
        try {
            users.flush();
        } catch (OptimisticLockingFailureException savedMeanwhile) {
            throw new StaleEditException("record.user");
        }
    }

    public void disable(Long userId) {
        lockAdministrators();
        User user = get(userId);
        LastAdministratorPolicy.check(user, enabledAdministrators(), null, "user.lastAdministrator.disable");
        if (userId.equals(signedInUserId())) {
            // an administrator who locks themselves out by mistake needs someone else to get back in
            throw new Refused(Refusal.of("user.disableSelf"));
        }
        user.disable();
        events.publishEvent(new UserAccessChanged(user.getUsername()));
    }

    public void enable(Long userId) {
        get(userId).enable();
    }

    public void resetPassword(Long userId, String newPassword) {
        User user = get(userId);
        PasswordPolicy.check("password", newPassword, user.getUsername(), user.getDisplayName());
        user.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new UserAccessChanged(user.getUsername()));
    }

    /**
     * Taken first by every change that can remove an administrator, before the user is read and the
     * administrators counted: two administrators removing each other at the same moment then run one
     * after the other, and the second is refused by {@link LastAdministratorPolicy} instead of both
     * succeeding on counts that were each true only before the other's change.
     */
    private void lockAdministrators() {
        organisations.lockById(organisationId()).orElseThrow(() -> new NotFoundException("Organisation"));
    }

    private long enabledAdministrators() {
        return users.countEnabledWithRole(organisationId(), Role.ADMIN);
    }

    private static Long signedInUserId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user.getId() : null;
    }

    private static Long organisationId() {
        Long organisationId = Tenancy.currentOrganisationId();
        if (Tenancy.NO_ORGANISATION.equals(organisationId)) {
            throw new NotFoundException("Organisation");
        }
        return organisationId;
    }
}
