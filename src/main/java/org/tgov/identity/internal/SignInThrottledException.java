package org.tgov.identity.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in attempt refused before its password was checked, because too many attempts came
 * before it from the same address. It says how long to wait, and nothing about the account.
 */
public class SignInThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many sign-in attempts; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
