package org.tgov.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.internal.AccountRow;
import org.tgov.identity.internal.UserRepository;
import org.tgov.shared.NotFoundException;
import org.tgov.shared.RuleViolation;
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
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserManagement(UserRepository users, PasswordEncoder passwordEncoder, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
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
        return createIn(organisationId(), newUser);
    }

    /** Also used when a platform administrator creates an organisation's first administrator. */
    Long createIn(Long organisationId, NewUser newUser) {
        String username = normaliseUsername(newUser.username());
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new RuleViolation("username", "The username " + username + " is already taken. Choose another.");
        }
        if (newUser.displayName() == null || newUser.displayName().isBlank()) {
            throw new RuleViolation("displayName", "Enter the user's full name");
        }
        PasswordPolicy.check("password", newUser.password());
        requireOrganisationRoles(newUser.roles());
        User user = new User(organisationId, username, newUser.displayName().strip(), blankToNull(newUser.email()),
                passwordEncoder.encode(newUser.password()), newUser.roles(), clock.instant());
        try {
            return users.saveAndFlush(user).getId();
        } catch (DataIntegrityViolationException takenMeanwhile) {
            // someone else created the same username since the check above: the unique key refused it
            throw new RuleViolation("username", "The username " + username + " is already taken. Choose another.");
        }
    }

    /** A platform administrator belongs to no organisation and sees no organisation's data. */
    Long createPlatformAdministrator(String username, String displayName, String password) {
        String name = normaliseUsername(username);
        if (users.existsByUsernameIgnoreCase(name)) {
            throw new RuleViolation("username", "The username " + name + " is already taken. Choose another.");
        }
        PasswordPolicy.check("password", password);
        User user = new User(null, name, displayName, null, passwordEncoder.encode(password),
                Set.of(Role.PLATFORM_ADMIN), clock.instant());
        return users.save(user).getId();
    }

    @Transactional(readOnly = true)
    boolean usernameTaken(String username) {
        return users.existsByUsernameIgnoreCase(username.strip());
    }

    @Transactional(readOnly = true)
    boolean anyPlatformAdministrator() {
        return users.countPlatformAdministrators() > 0;
    }

    public void update(Long userId, long expectedVersion, String displayName, String email, Set<Role> roles) {
        User user = get(userId);
        if (user.getVersion() != expectedVersion) {
            throw new StaleEditException("This user");
        }
        requireOrganisationRoles(roles);
        if (!roles.contains(Role.ADMIN)) {
            LastAdministratorPolicy.check(user, enabledAdministrators(), "roles", "remove the administrator role from");
        }
        boolean rolesChanged = !user.getRoles().equals(roles);
        user.rename(displayName.strip(), blankToNull(email));
        user.assignRoles(roles);
        if (rolesChanged) {
            events.publishEvent(new UserAccessChanged(user.getUsername()));
        }
        try {
            users.flush();
        } catch (OptimisticLockingFailureException savedMeanwhile) {
            throw new StaleEditException("This user");
        }
    }

    public void disable(Long userId) {
        User user = get(userId);
        LastAdministratorPolicy.check(user, enabledAdministrators(), null, "disable");
        if (userId.equals(signedInUserId())) {
            // an administrator who locks themselves out by mistake needs someone else to get back in
            throw RuleViolation.general("You cannot disable your own account. Ask another administrator to do it.");
        }
        user.disable();
        events.publishEvent(new UserAccessChanged(user.getUsername()));
    }

    public void enable(Long userId) {
        get(userId).enable();
    }

    public void resetPassword(Long userId, String newPassword) {
        PasswordPolicy.check("password", newPassword);
        User user = get(userId);
        user.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new UserAccessChanged(user.getUsername()));
    }

    private long enabledAdministrators() {
        return users.countEnabledWithRole(organisationId(), Role.ADMIN);
    }

    private static void requireOrganisationRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("roles", "Select at least one role");
        }
        if (roles.contains(Role.PLATFORM_ADMIN)) {
            throw new RuleViolation("roles", "An organisation's users cannot be platform administrators");
        }
    }

    static String normaliseUsername(String username) {
        String value = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.isEmpty()) {
            throw new RuleViolation("username", "Enter a username");
        }
        if (!value.matches("[a-z0-9][a-z0-9._@-]{1,99}")) {
            throw new RuleViolation("username",
                    "Username must be 2 to 100 characters: letters, numbers, full stops, hyphens, underscores or @");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
