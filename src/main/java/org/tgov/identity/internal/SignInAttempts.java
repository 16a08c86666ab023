package org.tgov.identity.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs every failed and successful sign-in with the address it came from, and records when each
 * user last signed in. (Throttled attempts are logged by {@link ThrottledAuthenticationProvider}.)
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final UserRepository users;
    private final SignInAttemptRepository attempts;
    private final Clock clock;

    SignInAttempts(UserRepository users, SignInAttemptRepository attempts, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.clock = clock;
    }

    @EventListener
    @Transactional(readOnly = true)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String address = sourceOf(event.getAuthentication());
        if (users.existsByUsernameIgnoreCase(username.strip())) {
            log.warn("Failed sign-in for '{}' from {}", forLog(username), address);
        } else {
            log.warn("Failed sign-in for unknown username '{}' from {}", forLog(username), address);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        attempts.recordSuccess(username, clock.instant());
        log.info("Signed in: '{}' from {}", forLog(username), sourceOf(event.getAuthentication()));
    }

    /**
     * The address an attempt came from: the connection's, or the client's as told by a trusted
     * proxy (see tgov.trusted-proxies); never a header anyone else can set.
     */
    static String sourceOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    /** A typed username as it may be logged: on one line, and not too long. */
    static String forLog(String username) {
        String oneLine = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() > 100 ? oneLine.substring(0, 100) + "..." : oneLine;
    }
}
