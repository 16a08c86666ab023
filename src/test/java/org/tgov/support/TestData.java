package org.tgov.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tgov.identity.NewUser;
import org.tgov.identity.OrganisationManagement;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.identity.UserManagement;
import org.tgov.programme.ProgrammeDetails;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.ProgrammeStatus;

/** Builds organisations, users and programmes for tests, each with unique names. */
@Component
public class TestData {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String PLATFORM_ADMINISTRATOR = "platform-admin";

    private final OrganisationManagement organisations;
    private final UserManagement users;
    private final ProgrammeManagement programmes;
    private final UserDetailsService accounts;

    TestData(OrganisationManagement organisations, UserManagement users, ProgrammeManagement programmes,
            UserDetailsService accounts) {
        this.organisations = organisations;
        this.users = users;
        this.programmes = programmes;
        this.accounts = accounts;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new organisation with its first administrator. */
    public Council council() {
        String adminName = unique("admin");
        String name = unique("Council");
        Long id = organisations.create(name, new NewUser(adminName, "Admin " + adminName, null, PASSWORD, Set.of(Role.ADMIN)));
        return new Council(id, name, adminName);
    }

    /** The installation's platform administrator, created the first time a test asks for it. */
    public SignedInUser platformAdministrator() {
        organisations.ensurePlatformAdministrator(PLATFORM_ADMINISTRATOR, "Pat Platform", PASSWORD);
        return (SignedInUser) accounts.loadUserByUsername(PLATFORM_ADMINISTRATOR);
    }

    public SignedInUser user(Council council, Role... roles) {
        String username = unique("user");
        Long id = Tenancy.callAs(council.id(),
                () -> users.create(new NewUser(username, "User " + username, null, PASSWORD, Set.of(roles))));
        return new SignedInUser(id, council.id(), council.name(), username, "User " + username, Set.of(roles), true,
                null);
    }

    public Long programme(Council council) {
        return Tenancy.callAs(council.id(), () -> programmes.create(programmeDetails(unique("Programme"))));
    }

    public static ProgrammeDetails programmeDetails(String name) {
        return new ProgrammeDetails(name, "Corporate Director", LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31),
                List.of("Improve outcomes"), ProgrammeStatus.ACTIVE);
    }

    /**
     * Runs work as this user signed in, outside a web request: the tenancy is their organisation and
     * "recorded by" is their username, as in a request of theirs.
     */
    public static <T> T actingAs(SignedInUser user, java.util.function.Supplier<T> work) {
        org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities())));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void actingAs(SignedInUser user, Runnable work) {
        actingAs(user, () -> {
            work.run();
            return null;
        });
    }

    /** Signs a MockMvc request in as this user. */
    public static RequestPostProcessor as(SignedInUser user) {
        Authentication authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        return authentication(authentication);
    }

    /**
     * A made-up client address of its own, so that a test's wrong passwords are throttled apart
     * from every other test's (MockMvc requests otherwise all come from 127.0.0.1).
     */
    public static String uniqueAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** The sign-in form posted from this client address (MockMvc's formLogin() cannot set one). */
    public static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/sign-in").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    public record Council(Long id, String name, String adminUsername) {
    }
}
