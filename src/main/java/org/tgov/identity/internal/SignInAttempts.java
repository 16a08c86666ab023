package org.tgov.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords, so that nobody can guess a
 * password by trying many; every failure and every lock is logged.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final SignInAttemptRepository attempts;
    private final SignInPolicy policy;
    private final Clock clock;

    SignInAttempts(SignInAttemptRepository attempts, SignInPolicy policy, Clock clock) {
        this.attempts = attempts;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        int updated = attempts.countFailure(username);
        if (updated == 0) {
            log.warn("Failed sign-in for unknown username '{}'", username);
            return;
        }
        Instant lockedUntil = clock.instant().plus(policy.lockout());
        if (attempts.lockIfTooManyFailures(username, policy.maxFailedSignIns(), lockedUntil) > 0) {
            log.warn("Account '{}' locked until {} after {} failed sign-ins", username, lockedUntil,
                    policy.maxFailedSignIns());
        } else {
            log.warn("Failed sign-in for '{}'", username);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        attempts.recordSuccess(username, clock.instant());
        log.info("Signed in: '{}'", username);
    }
}
