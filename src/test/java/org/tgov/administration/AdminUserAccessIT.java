package org.tgov.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tgov.identity.AccountStatus;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.support.IntegrationTest;
import org.tgov.support.SessionCookie;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
class AdminUserAccessIT {

    private static final String NEW_PASSWORD = "tractor staple lighthouse";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AdminFixtures fixtures;

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
        Council council = data.council();
        SignedInUser admin = fixtures.firstAdmin(council);
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(post("/admin/users/{id}/disable", officer.getId()).with(csrf()).with(as(admin)))
                .andExpect(redirectedUrl("/admin/users/" + officer.getId()))
                .andExpect(flash().attribute("success", containsString("can no longer sign in")));
        assertThat(fixtures.view(council, officer.getId()).status()).isEqualTo(AccountStatus.DISABLED);
        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(TestData.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(get("/admin/users/{id}", officer.getId()).with(as(admin)))
                .andExpect(content().string(containsString("Disabled")))
                .andExpect(content().string(containsString("Enable account")));

        mvc.perform(post("/admin/users/{id}/enable", officer.getId()).with(csrf()).with(as(admin)))
                .andExpect(redirectedUrl("/admin/users/" + officer.getId()))
                .andExpect(flash().attribute("success", containsString("Account enabled")));
        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(TestData.PASSWORD))
                .andExpect(authenticated().withUsername(officer.getUsername()));
    }

    /** Wrong passwords slow down the address they come from; the account and its page are unchanged. */
    @Test
    void wrongPasswordsNeverLockAnAccountOrNeedAnAdministrator() throws Exception {
        Council council = data.council();
        SignedInUser admin = fixtures.firstAdmin(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        String attacker = TestData.uniqueAddress();
        for (int i = 0; i < 10; i++) {
            mvc.perform(TestData.signIn(officer.getUsername(), "not the password", attacker))
                    .andExpect(unauthenticated());
        }

        assertThat(fixtures.view(council, officer.getId()).status()).isEqualTo(AccountStatus.ENABLED);
        mvc.perform(get("/admin/users").with(as(admin))).andExpect(content().string(not(containsString("Locked"))));
        mvc.perform(get("/admin/users/{id}", officer.getId()).with(as(admin)))
                .andExpect(content().string(containsString(officer.getDisplayName() + " can sign in.")))
                .andExpect(content().string(not(containsString("Unlock account"))));
        mvc.perform(TestData.signIn(officer.getUsername(), TestData.PASSWORD, TestData.uniqueAddress()))
                .andExpect(authenticated());
    }

    @Test
    void aResetPasswordLetsTheUserSignInWithItAndNotWithTheOldOne() throws Exception {
        Council council = data.council();
        SignedInUser admin = fixtures.firstAdmin(council);
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(get("/admin/users/{id}/password", officer.getId()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the new password to them securely")));
        mvc.perform(post("/admin/users/{id}/password", officer.getId()).with(csrf()).with(as(admin))
                        .param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/admin/users/" + officer.getId()))
                .andExpect(flash().attribute("success", containsString("Give them the new password securely")));

        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(NEW_PASSWORD))
                .andExpect(authenticated().withUsername(officer.getUsername()));
        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(TestData.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void refusesAShortPasswordAndKeepsTheOldOne() throws Exception {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(post("/admin/users/{id}/password", officer.getId()).with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Password must be 12 characters or more")))
                .andExpect(content().string(containsString("<title>Error: Reset the password")));

        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(TestData.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void theOnlyAdministratorCannotBeDisabled() throws Exception {
        Council council = data.council();
        SignedInUser admin = fixtures.firstAdmin(council);

        MvcResult refused = mvc.perform(post("/admin/users/{id}/disable", admin.getId()).with(csrf()).with(as(admin)))
                .andExpect(redirectedUrl("/admin/users/" + admin.getId()))
                .andExpect(flash().attribute("problem", containsString("because they are the organisation's only administrator")))
                .andReturn();
        assertThat(fixtures.view(council, admin.getId()).status()).isEqualTo(AccountStatus.ENABLED);

        // the page the browser is sent to shows why, once
        mvc.perform(get("/admin/users/{id}", admin.getId()).with(as(admin)).cookie(SessionCookie.of(refused)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("because they are the organisation&#39;s only administrator")));
    }

    @Test
    void anAdministratorWhoLostTheRoleCannotDisableTheLastOneLeft() throws Exception {
        Council council = data.council();
        SignedInUser first = fixtures.firstAdmin(council);
        SignedInUser second = data.user(council, Role.ADMIN);
        // the first administrator demotes the second, whose open session still says administrator
        mvc.perform(post("/admin/users/{id}", second.getId()).with(csrf()).with(as(first))
                        .param("displayName", second.getDisplayName()).param("roles", "OFFICER")
                        .param("version", Long.toString(fixtures.view(council, second.getId()).version())))
                .andExpect(redirectedUrl("/admin/users/" + second.getId()));

        mvc.perform(post("/admin/users/{id}/disable", first.getId()).with(csrf()).with(as(second)))
                .andExpect(flash().attribute("problem", containsString("only administrator")));
        assertThat(fixtures.view(council, first.getId()).status()).isEqualTo(AccountStatus.ENABLED);
    }

    @Test
    void anAdministratorCannotDisableThemselvesEvenWithOthersAround() throws Exception {
        Council council = data.council();
        SignedInUser second = data.user(council, Role.ADMIN);

        mvc.perform(get("/admin/users/{id}", second.getId()).with(as(second)))
                .andExpect(content().string(not(containsString("Disable account"))));
        mvc.perform(post("/admin/users/{id}/disable", second.getId()).with(csrf()).with(as(second)))
                .andExpect(flash().attribute("problem", "You cannot disable your own account. Ask another administrator to do it."));
        assertThat(fixtures.view(council, second.getId()).status()).isEqualTo(AccountStatus.ENABLED);

        SignedInUser first = fixtures.firstAdmin(council);
        mvc.perform(post("/admin/users/{id}/disable", second.getId()).with(csrf()).with(as(first)))
                .andExpect(flash().attribute("success", containsString("can no longer sign in")));
        assertThat(fixtures.view(council, second.getId()).status()).isEqualTo(AccountStatus.DISABLED);
    }
}
