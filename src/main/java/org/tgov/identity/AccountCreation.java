package org.tgov.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.internal.UserRepository;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/**
 * Creates accounts for {@link UserManagement} (an organisation's users) and for
 * {@link OrganisationManagement} (an organisation's first administrator, platform administrators).
 * Every answer is checked before the database is asked anything, so that each refusal names the
 * answer to correct; the database's own refusal is reported as a taken username only when the
 * unique key on usernames gave it.
 */
@Component
@Transactional
class AccountCreation {

    /** The unique key on usernames: only its refusal means that someone else has the username. */
    private static final String USERNAME_KEY = "uk_app_user_username";
    private static final Logger log = LoggerFactory.getLogger(AccountCreation.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountCreation(UserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    Long createIn(Long organisationId, NewUser newUser) {
        String username = normaliseUsername(newUser.username());
        String displayName = UserDetailsPolicy.displayName(newUser.displayName());
        String email = UserDetailsPolicy.email(newUser.email());
        PasswordPolicy.check("password", newUser.password(), username, displayName);
        requireOrganisationRoles(newUser.roles());
        refuseTaken(username);
        User user = new User(organisationId, username, displayName, email,
                passwordEncoder.encode(newUser.password()), newUser.roles(), clock.instant());
        try {
            return users.saveAndFlush(user).getId();
        } catch (DataIntegrityViolationException refused) {
            if (DatabaseRefusal.byConstraint(refused, USERNAME_KEY)) {
                // someone else created the same username since the check above
                throw taken(username);
            }
            log.warn("The database refused the new account '{}'", username, refused);
            throw new Refused(Refusal.of("user.notSaved", username));
        }
    }

    /** A platform administrator belongs to no organisation and sees no organisation's data. */
    Long createPlatformAdministrator(String username, String displayName, String password) {
        String name = normaliseUsername(username);
        PasswordPolicy.check("password", password, name, displayName);
        refuseTaken(name);
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

    static void requireOrganisationRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new Refused(Refusal.about("roles", "user.roles.required"));
        }
        if (roles.contains(Role.PLATFORM_ADMIN)) {
            throw new Refused(Refusal.about("roles", "user.roles.platformInOrganisation"));
        }
    }

    /** Also refuses, by its pattern, anything the database could not hold (control characters, overlong names). */
    static String normaliseUsername(String username) {
        String value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new Refused(Refusal.about("username", "user.username.required"));
        }
        if (!value.matches("[a-z0-9][a-z0-9._@-]{1,99}")) {
            throw new Refused(Refusal.about("username", "user.username.format"));
        }
        return value;
    }

    private void refuseTaken(String username) {
        if (users.existsByUsernameIgnoreCase(username)) {
            throw taken(username);
        }
    }

    private static Refused taken(String username) {
        return new Refused(Refusal.about("username", "user.username.taken", username));
    }
}
