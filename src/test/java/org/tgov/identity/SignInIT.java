package org.tgov.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tgov.support.IntegrationTest;
import org.tgov.support.SessionCookie;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInIT {

    static final String NOT_CORRECT = "The username or password is not correct";
    static final String THROTTLED = "You have tried to sign in too many times. Wait 3 minutes, then try again.";
    static final String DISABLED = "This account has been disabled";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcTemplate jdbc;

    /** Where this test's attempts come from: its own address, so that no other test's attempts count. */
    final String address = TestData.uniqueAddress();

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatDoesNotSayWhichWasWrong(CapturedOutput output) throws Exception {
        String username = data.user(data.council(), Role.OFFICER).getUsername();

        MvcResult refused = signIn(username, "not-the-password")
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"))
                .andReturn();

        assertThat(pageAfter(refused)).contains("<title>Error: Sign in", NOT_CORRECT, "href=\"#username\"");
        assertThat(output).contains("Failed sign-in for '" + username + "' from " + address);
    }

    /** Sessions are stored in the database: the refusal kept for the next page must not carry the password typed. */
    @Test
    void aRefusedAttemptLeavesNoTraceOfThePasswordTypedInTheSessionStore() throws Exception {
        String username = data.user(data.council(), Role.OFFICER).getUsername();
        String typed = TestData.unique("my-other-password");

        MvcResult refused = signIn(username, typed).andExpect(unauthenticated()).andReturn();

        List<byte[]> stored = jdbc.query("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""",
                (row, number) -> row.getBytes(1), SessionCookie.sessionId(SessionCookie.of(refused)));
        assertThat(stored).as("the refusal kept in the session").isNotEmpty();
        assertThat(stored.stream().anyMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(typed)))
                .as("the password typed is in the session store").isFalse();
        assertThat(pageAfter(refused)).contains(NOT_CORRECT);
    }

    @Test
    void anUnknownUsernameGetsTheSameMessage(CapturedOutput output) throws Exception {
        String username = TestData.unique("nobody");

        MvcResult refused = signIn(username, TestData.PASSWORD).andExpect(unauthenticated()).andReturn();

        assertThat(pageAfter(refused)).contains(NOT_CORRECT);
        assertThat(output).contains("Failed sign-in for unknown username '" + username + "' from " + address);
    }

    @Test
    void afterFiveWrongPasswordsFromAnAddressEvenTheRightOneIsRefusedThereUnchecked(CapturedOutput output)
            throws Exception {
        String username = data.user(data.council(), Role.OFFICER).getUsername();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(pageAfter(signIn(username, "wrong-" + attempt).andExpect(unauthenticated()).andReturn()))
                    .contains(NOT_CORRECT).doesNotContain(THROTTLED);
        }

        MvcResult refused = signIn(username, TestData.PASSWORD)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"))
                .andReturn();

        assertThat(pageAfter(refused)).contains("<title>Error: Sign in", THROTTLED, "href=\"#username\"")
                .doesNotContain(NOT_CORRECT);
        assertThat(output).contains("Sign-in throttled for '" + username + "' from " + address);
        assertThat(output.getOut().split("Failed sign-in for '" + username + "'", -1))
                .as("five failures logged; the throttled attempt was not checked").hasSize(6);
    }

    @Test
    void theThrottleSaysTheSameForAnAccountThatDoesNotExist() throws Exception {
        String username = TestData.unique("nobody");
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(username, "wrong-" + attempt).andExpect(unauthenticated());
        }

        assertThat(pageAfter(signIn(username, "wrong-6").andReturn())).contains(THROTTLED);
    }

    @Test
    void theOwnerSignsInFromTheirOwnAddressWhileAnotherIsThrottled() throws Exception {
        Council council = data.council();
        SignedInUser owner = data.user(council, Role.OFFICER);
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn(owner.getUsername(), "wrong-" + attempt).andExpect(unauthenticated());
        }

        mvc.perform(TestData.signIn(owner.getUsername(), TestData.PASSWORD, TestData.uniqueAddress()))
                .andExpect(authenticated().withUsername(owner.getUsername()));
        assertThat(Tenancy.callAs(council.id(), () -> users.get(owner.getId()).status()))
                .isEqualTo(AccountStatus.ENABLED);
    }

    @Test
    void aWrongPasswordNeverTellsWhetherAnAccountIsDisabled() throws Exception {
        Council council = data.council();
        var disabled = data.user(council, Role.OFFICER);
        Tenancy.runAs(council.id(), () -> users.disable(disabled.getId()));

        assertThat(pageAfter(signIn(disabled.getUsername(), "wrong").andReturn())).contains(NOT_CORRECT).doesNotContain(DISABLED);
    }

    @Test
    void signingInSuccessfullyStartsTheCountAgain() throws Exception {
        String username = data.user(data.council(), Role.OFFICER).getUsername();

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(username, "wrong-" + attempt).andExpect(unauthenticated());
        }
        signIn(username, TestData.PASSWORD).andExpect(authenticated().withUsername(username));

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(username, "wrong-again-" + attempt).andExpect(unauthenticated());
        }
        signIn(username, TestData.PASSWORD).andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));
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
        return mvc.perform(TestData.signIn(username, password, address));
    }

    /** The sign-in page the browser is sent to after a refusal, in the same session. */
    private String pageAfter(MvcResult refused) throws Exception {
        Cookie session = SessionCookie.of(refused);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        // A servlet container reads "?error" as error="", MockMvc as no parameter at all: send what a browser does.
        return mvc.perform(get("/sign-in").param("error", "").cookie(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
