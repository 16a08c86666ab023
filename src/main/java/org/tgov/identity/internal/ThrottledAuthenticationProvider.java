package org.tgov.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Asks the {@link SignInThrottle} before the password is checked: a throttled attempt is refused
 * without checking it, so guessing on through the wait learns nothing, and the refusal is the
 * same whether or not the account exists. Only a wrong password keeps the attempt counted.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = SignInAttempts.sourceOf(attempt);
        admit(username, address);
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            throttle.signedIn(username, address);
            return signedIn;
        } catch (BadCredentialsException wrongPassword) {
            throw wrongPassword;
        } catch (RuntimeException notAGuess) {
            throttle.giveBack(username, address);
            throw notAGuess;
        }
    }

    private void admit(String username, String address) {
        SignInThrottle.Verdict verdict;
        try {
            verdict = throttle.admit(username, address);
        } catch (RuntimeException unavailable) {
            // shown as a failed sign-in rather than an error page; nobody gets in unthrottled
            throw new InternalAuthenticationServiceException("Sign-in throttle unavailable", unavailable);
        }
        if (!verdict.admitted()) {
            log.warn("Sign-in throttled for '{}' from {}: next attempt allowed in {} s",
                    SignInAttempts.forLog(username), address, verdict.retryAfter().toSeconds());
            throw new SignInThrottledException(verdict.retryAfter());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
