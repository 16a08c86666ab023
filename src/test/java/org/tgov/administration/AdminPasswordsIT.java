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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/** Passwords an administrator sets, on creating a user and on resetting one's password. */
@IntegrationTest
class AdminPasswordsIT {

    /** 102 characters: more than bcrypt's 72 bytes. */
    static final String LONG_PASSPHRASE = "a quiet tractor crossed the frozen orchard at dawn while seven lanterns "
            + "swung above the old stone gate";
    /** 128 characters and 177 bytes in UTF-8: letters with accents take two bytes each. */
    static final String LONGEST_PASSPHRASE = ("Ünë vïëïllë chäûssürë brödéë çà ët là, sür lë chëmïn dü möûlïn "
            + "à vënt, tändïs qüë lës öïsëäüx chäntënt à tüë-têtë dänß lë sïlëncë").substring(0, 128);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorCanGiveANewUserAPassphraseLongerThanBcryptTakes() throws Exception {
        Council council = data.council();
        for (String passphrase : new String[] {LONG_PASSPHRASE, LONGEST_PASSPHRASE}) {
            String username = TestData.unique("long");

            mvc.perform(post("/admin/users").with(csrf()).with(as(fixtures.firstAdmin(council)))
                            .param("username", username).param("displayName", "Lee Long")
                            .param("password", passphrase).param("roles", "OFFICER"))
                    .andExpect(redirectedUrlPattern("/admin/users/*"));

            assertThat(passwordHashOf(username)).startsWith("{argon2}$argon2id$");
            mvc.perform(formLogin("/sign-in").user(username).password(passphrase))
                    .andExpect(authenticated().withUsername(username));
            mvc.perform(formLogin("/sign-in").user(username).password(passphrase.substring(0, 72)))
                    .andExpect(unauthenticated());
        }
    }

    @Test
    void aPasswordResetTakesTheLongestPassphraseAllowed() throws Exception {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(post("/admin/users/{id}/password", officer.getId()).with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("password", LONGEST_PASSPHRASE))
                .andExpect(redirectedUrl("/admin/users/" + officer.getId()));

        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(LONGEST_PASSPHRASE))
                .andExpect(authenticated().withUsername(officer.getUsername()));
    }

    @Test
    void passwordsHashedWithBcryptBeforeArgon2StillSignIn() throws Exception {
        SignedInUser officer = data.user(data.council(), Role.OFFICER);
        String bcrypt = new BCryptPasswordEncoder().encode(TestData.PASSWORD);
        jdbc.update("update app_user set password_hash = ? where username = ?", "{bcrypt}" + bcrypt,
                officer.getUsername());

        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(TestData.PASSWORD))
                .andExpect(authenticated().withUsername(officer.getUsername()));
        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(TestData.PASSWORD + "x".repeat(80)))
                .andExpect(unauthenticated());
    }

    @Test
    void refusesEasilyGuessedPasswordsOnTheNewUserForm() throws Exception {
        Council council = data.council();
        String username = TestData.unique("guessable");

        expectRefusal(council, username, "Password2024!", "Password is too common and easy to guess");
        expectRefusal(council, username, "zzzzzzzzzzzzzzzz", "Password must not be the same characters repeated");
        expectRefusal(council, username, "qwertyuiopasdf", "Password must not be a sequence of letters, numbers or keys");
        expectRefusal(council, username, username + "-secret", "Password must not include the username");
        expectRefusal(council, username, "Gwen Guessable 1984", "Password must not include the person&#39;s name");

        assertThat(fixtures.userId(council, username)).isNull();
    }

    @Test
    void refusesAnEasilyGuessedPasswordOnResetKeepingTheOldOne() throws Exception {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(post("/admin/users/{id}/password", officer.getId()).with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("password", officer.getUsername() + "!!"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Reset the password")))
                .andExpect(content().string(containsString("Password must not include the username")))
                .andExpect(content().string(containsString("href=\"#password\"")));
        mvc.perform(post("/admin/users/{id}/password", officer.getId()).with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("password", "iloveyou123456"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Password is too common and easy to guess")));

        mvc.perform(formLogin("/sign-in").user(officer.getUsername()).password(TestData.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void theFormsThatSetAPasswordSayWhatIsAccepted() throws Exception {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        SignedInUser admin = fixtures.firstAdmin(council);

        for (String page : new String[] {"/admin/users/new", "/admin/users/" + officer.getId() + "/password"}) {
            mvc.perform(get(page).with(as(admin)))
                    .andExpect(content().string(containsString("Use 12 to 128 characters")))
                    .andExpect(content().string(containsString("Do not use a common password")));
        }
    }

    private void expectRefusal(Council council, String username, String password, String message) throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(as(fixtures.firstAdmin(council)))
                        .param("username", username).param("displayName", "Gwen Guessable")
                        .param("password", password).param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a user")))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(not(containsString(password))));
    }

    private String passwordHashOf(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }
}
