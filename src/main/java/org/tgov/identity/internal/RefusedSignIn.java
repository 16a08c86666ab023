package org.tgov.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a refused sign-in back to the sign-in page, keeping in the session only what that page says:
 * which kind of refusal it was (and how long to wait). Spring Security would keep the exception
 * itself, which carries the attempt with the password typed (often nearly the right one, or the
 * person's password somewhere else); sessions are stored in the database, so it would be written there.
 */
final class RefusedSignIn extends SimpleUrlAuthenticationFailureHandler {

    RefusedSignIn() {
        super("/sign-in?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refusal) throws IOException, ServletException {
        super.onAuthenticationFailure(request, response, withoutTheAttempt(refusal));
    }

    /** A new refusal of the same kind, with no attempt, cause or anything else from the request. */
    static AuthenticationException withoutTheAttempt(AuthenticationException refusal) {
        if (refusal instanceof SignInThrottledException throttled) {
            return new SignInThrottledException(throttled.retryAfter());
        }
        if (refusal instanceof DisabledException) {
            return new DisabledException("Account disabled");
        }
        return new BadCredentialsException("Sign-in refused");
    }
}
