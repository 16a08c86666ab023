package org.tgov.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedSignIns wrong passwords in a row that lock an account
 * @param lockout          how long the account then stays locked
 */
@ConfigurationProperties("tgov.security")
record SignInPolicy(int maxFailedSignIns, Duration lockout) {

    SignInPolicy {
        if (maxFailedSignIns < 1) {
            maxFailedSignIns = 5;
        }
        if (lockout == null) {
            lockout = Duration.ofMinutes(15);
        }
    }
}
