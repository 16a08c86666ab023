package org.tgov.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many sign-in attempts may be made before further ones must wait. Each limit refills evenly:
 * after {@code accountAttempts} tries within {@code accountPeriod}, one more is allowed every
 * {@code accountPeriod / accountAttempts}.
 *
 * @param accountAttempts attempts at one username from one address...
 * @param accountPeriod   ...within this time
 * @param addressAttempts attempts at any usernames from one address...
 * @param addressPeriod   ...within this time
 */
@ConfigurationProperties("tgov.sign-in")
record SignInLimits(int accountAttempts, Duration accountPeriod, int addressAttempts, Duration addressPeriod) {

    SignInLimits {
        if (accountAttempts < 1) {
            accountAttempts = 5;
        }
        if (accountPeriod == null || accountPeriod.isNegative() || accountPeriod.isZero()) {
            accountPeriod = Duration.ofMinutes(15);
        }
        if (addressAttempts < 1) {
            addressAttempts = 100;
        }
        if (addressPeriod == null || addressPeriod.isNegative() || addressPeriod.isZero()) {
            addressPeriod = Duration.ofHours(1);
        }
    }
}
