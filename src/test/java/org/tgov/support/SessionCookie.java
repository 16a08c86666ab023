package org.tgov.support;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The session cookie a response set, for MockMvc tests that carry on in the same session as a
 * browser does. Sessions are kept by Spring Session in the database and found by this cookie, so a
 * {@code MockHttpSession} no longer carries anything from one request to the next.
 */
public final class SessionCookie {

    public static final String NAME = "TGOV_SESSION";

    private SessionCookie() {
    }

    public static Cookie of(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(NAME);
        if (cookie == null || cookie.getValue().isEmpty()) {
            throw new AssertionError("The response set no session cookie " + NAME);
        }
        return cookie;
    }

    /** The session's id in the session table (the cookie holds it in Base64). */
    public static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
    }
}
