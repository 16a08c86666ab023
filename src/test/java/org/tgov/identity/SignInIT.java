package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInIT {

    static final String NOT_CORRECT = "The username or password is not correct";
    static final String LOCKED = "This account is locked because of too many failed sign-in attempts. Try again in 15 minutes";
    static final String DISABLED = "This account has been disabled";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatDoesNotSayWhichWasWrong(CapturedOutput output) throws Exception {
        String username = data.user(data.council(), Role.OFFICER).getUsername();

        MvcResult refused = signIn(username, "not-the-password")
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"))
                .andReturn();

        assertThat(pageAfter(refused)).contains("<title>Error: Sign in", NOT_CORRECT, "href=\"#username\"");
        assertThat(output).contains("Failed sign-in for '" + username + "'");
        assertThat(failedSignIns(username)).isEqualTo(1);
    }

    @Test
    void anUnknownUsernameGetsTheSameMessage(CapturedOutput output) throws Exception {
        String username = TestData.unique("nobody");

        MvcResult refused = signIn(username, TestData.PASSWORD).andExpect(unauthenticated()).andReturn();

        assertThat(pageAfter(refused)).contains(NOT_CORRECT);
        assertThat(output).contains("Failed sign-in for unknown username '" + username + "'");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoThatEvenTheRightOneIsRefused(CapturedOutput output) throws Exception {
        String username = data.user(data.council(), Role.OFFICER).getUsername();

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(pageAfter(signIn(username, "wrong-" + attempt).andExpect(unauthenticated()).andReturn()))
                    .contains(NOT_CORRECT);
        }
        assertThat(output).doesNotContain("Account '" + username + "' locked");
        signIn(username, "wrong-5").andExpect(unauthenticated());
        assertThat(output).contains("Account '" + username + "' locked until", "after 5 failed sign-ins");
        assertThat(lockedUntilIsSet(username)).isTrue();

        MvcResult refused = signIn(username, TestData.PASSWORD)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"))
                .andReturn();
        assertThat(pageAfter(refused)).contains(LOCKED).doesNotContain(NOT_CORRECT);
    }

    @Test
    void aWrongPasswordNeverTellsWhetherAnAccountIsLockedOrDisabled() throws Exception {
        Council council = data.council();
        var locked = data.user(council, Role.OFFICER);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(locked.getUsername(), "wrong-" + attempt).andExpect(unauthenticated());
        }
        var disabled = data.user(council, Role.OFFICER);
        Tenancy.runAs(council.id(), () -> users.disable(disabled.getId()));

        assertThat(pageAfter(signIn(locked.getUsername(), "wrong-6").andReturn())).contains(NOT_CORRECT).doesNotContain(LOCKED);
        assertThat(pageAfter(signIn(disabled.getUsername(), "wrong").andReturn())).contains(NOT_CORRECT).doesNotContain(DISABLED);
    }

    @Test
    void signingInSuccessfullyStartsTheCountAgain() throws Exception {
        String username = data.user(data.council(), Role.OFFICER).getUsername();

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(username, "wrong-" + attempt).andExpect(unauthenticated());
        }
        assertThat(failedSignIns(username)).isEqualTo(4);
        signIn(username, TestData.PASSWORD).andExpect(authenticated().withUsername(username));
        assertThat(failedSignIns(username)).isZero();

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(username, "wrong-again-" + attempt).andExpect(unauthenticated());
        }
        signIn(username, TestData.PASSWORD).andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));
        assertThat(lockedUntilIsSet(username)).isFalse();
    }

    @Test
    void aDisabledAccountIsRefusedWithItsOwnMessage() throws Exception {
        Council council = data.council();
        var officer = data.user(council, Role.OFFICER);
        Tenancy.runAs(council.id(), () -> users.disable(officer.getId()));

        MvcResult refused = signIn(officer.getUsername(), TestData.PASSWORD).andExpect(unauthenticated()).andReturn();

        assertThat(pageAfter(refused)).contains(DISABLED).doesNotContain(NOT_CORRECT);
    }

    @Test
    void theSignInPageShowsNoErrorUntilThereIsOne() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Sign in"),
                        containsString("name=\"_csrf\""))))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain("There is a problem"));
        mvc.perform(get("/sign-in").param("signed-out", ""))
                .andExpect(content().string(containsString("You have signed out.")));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String username, String password)
            throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(password));
    }

    /** The sign-in page the browser is sent to after a refusal, in the same session. */
    private String pageAfter(MvcResult refused) throws Exception {
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
        assertThat(session).as("the refusal is kept in the session").isNotNull();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        // A servlet container reads "?error" as error="", MockMvc as no parameter at all: send what a browser does.
        return mvc.perform(get("/sign-in").param("error", "").session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private int failedSignIns(String username) {
        return jdbc.queryForObject("select failed_sign_ins from app_user where username = ?", Integer.class, username);
    }

    private boolean lockedUntilIsSet(String username) {
        return jdbc.queryForObject("select locked_until is not null from app_user where username = ?", Boolean.class,
                username);
    }
}
