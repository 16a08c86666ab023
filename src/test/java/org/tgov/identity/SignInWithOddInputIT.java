package org.tgov.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

/**
 * Whatever is typed into the sign-in form, the answer is a refusal on the sign-in page, never an
 * error: passwords longer than bcrypt takes (72 bytes) or than any account can have (128
 * characters), and characters the database cannot hold.
 */
@IntegrationTest
class SignInWithOddInputIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOverlongPasswordIsRefusedLikeAnyWrongOne() throws Exception {
        String argon2User = data.user(data.council(), Role.OFFICER).getUsername();
        String bcryptUser = data.user(data.council(), Role.OFFICER).getUsername();
        jdbc.update("update app_user set password_hash = ? where username = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(TestData.PASSWORD), bcryptUser);

        for (int length : new int[] {73, 129, 100_000}) {
            String password = TestData.PASSWORD + "x".repeat(length - TestData.PASSWORD.length());
            for (String username : new String[] {argon2User, bcryptUser, TestData.unique("nobody")}) {
                mvc.perform(formLogin("/sign-in").user(username).password(password))
                        .andExpect(unauthenticated())
                        .andExpect(redirectedUrl("/sign-in?error"));
            }
        }
    }

    @Test
    void aNullByteInTheUsernameIsRefusedLikeAnUnknownUsername() throws Exception {
        String username = data.user(data.council(), Role.OFFICER).getUsername();

        // in the middle: the sign-in filter trims control characters from either end, as it does spaces
        String withNullByte = username.substring(0, 3) + "\u0000" + username.substring(3);
        mvc.perform(formLogin("/sign-in").user(withNullByte).password(TestData.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"));
    }
}
