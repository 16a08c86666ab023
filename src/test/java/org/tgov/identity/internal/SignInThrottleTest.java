package org.tgov.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    static final String OWNER_ADDRESS = "198.51.100.7";
    static final String ATTACKER_ADDRESS = "203.0.113.9";

    final MovableClock clock = new MovableClock(Instant.parse("2024-03-31T09:00:00Z"));
    final InMemoryBuckets buckets = new InMemoryBuckets(clock);

    @Test
    void allowsAFewAttemptsThenOneEachIntervalSayingHowLongToWait() {
        SignInThrottle throttle = throttle(5, Duration.ofMinutes(15), 100, Duration.ofHours(1));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(throttle.admit("alice", ATTACKER_ADDRESS).admitted()).as("attempt %d", attempt).isTrue();
        }

        SignInThrottle.Verdict refused = throttle.admit("alice", ATTACKER_ADDRESS);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(3));

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.admit("alice", ATTACKER_ADDRESS).retryAfter())
                .as("refused attempts do not make the wait longer").isEqualTo(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.admit("alice", ATTACKER_ADDRESS).admitted()).isTrue();
        assertThat(throttle.admit("alice", ATTACKER_ADDRESS).retryAfter()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void anAttackerElsewhereNeverSlowsTheOwner() {
        SignInThrottle throttle = throttle(5, Duration.ofMinutes(15), 100, Duration.ofHours(1));
        for (int attempt = 1; attempt <= 20; attempt++) {
            throttle.admit("alice", ATTACKER_ADDRESS);
        }
        assertThat(throttle.admit("alice", ATTACKER_ADDRESS).admitted()).isFalse();

        assertThat(throttle.admit("alice", OWNER_ADDRESS).admitted()).isTrue();
    }

    @Test
    void theRightPasswordForgetsTheOwnersSlipsFromTheirAddress() {
        SignInThrottle throttle = throttle(5, Duration.ofMinutes(15), 100, Duration.ofHours(1));
        for (int attempt = 1; attempt <= 5; attempt++) {
            throttle.admit("alice", OWNER_ADDRESS);
        }
        throttle.signedIn("alice", OWNER_ADDRESS);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(throttle.admit("alice", OWNER_ADDRESS).admitted()).as("attempt %d", attempt).isTrue();
        }
        assertThat(throttle.admit("alice", OWNER_ADDRESS).admitted()).isFalse();
    }

    @Test
    void anAttemptThatWasNotAWrongGuessCostsNothing() {
        SignInThrottle throttle = throttle(2, Duration.ofMinutes(15), 2, Duration.ofHours(1));
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(throttle.admit("alice", OWNER_ADDRESS).admitted()).isTrue();
            throttle.giveBack("alice", OWNER_ADDRESS);
        }
    }

    /** Password spraying: one password tried on many accounts from one address. */
    @Test
    void oneAddressTryingManyUsernamesIsSlowedAcrossThemAndNoOneElseIs() {
        SignInThrottle throttle = throttle(5, Duration.ofMinutes(15), 3, Duration.ofHours(1));
        for (String username : new String[] {"alice", "bob", "carol"}) {
            assertThat(throttle.admit(username, ATTACKER_ADDRESS).admitted()).isTrue();
        }

        SignInThrottle.Verdict refused = throttle.admit("dave", ATTACKER_ADDRESS);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(20));
        assertThat(throttle.admit("dave", OWNER_ADDRESS).admitted()).isTrue();
    }

    @Test
    void anAttemptRefusedForItsAddressDoesNotCountAgainstTheAccount() {
        SignInThrottle throttle = throttle(3, Duration.ofMinutes(15), 2, Duration.ofHours(1));
        throttle.admit("alice", ATTACKER_ADDRESS);
        throttle.admit("alice", ATTACKER_ADDRESS);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(throttle.admit("alice", ATTACKER_ADDRESS).retryAfter())
                    .as("the address's wait, not the account's").isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void aUsernameCountsTheSameWhateverItsCaseOrSpaces() {
        SignInThrottle throttle = throttle(2, Duration.ofMinutes(15), 100, Duration.ofHours(1));
        throttle.admit("Alice", ATTACKER_ADDRESS);
        throttle.admit(" alice ", ATTACKER_ADDRESS);

        assertThat(throttle.admit("ALICE", ATTACKER_ADDRESS).admitted()).isFalse();
    }

    @Test
    void addressesOfOneIpv6NetworkCountAsOne() {
        SignInThrottle throttle = throttle(2, Duration.ofMinutes(15), 100, Duration.ofHours(1));
        throttle.admit("alice", "2001:db8:1:2::1");
        throttle.admit("alice", "2001:db8:1:2:ffff:ffff:ffff:fffe");

        assertThat(throttle.admit("alice", "2001:db8:1:2:0:0:0:99").admitted()).isFalse();
        assertThat(throttle.admit("alice", "2001:db8:1:3::1").admitted()).isTrue();
        assertThat(SignInThrottle.networkOf("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(SignInThrottle.networkOf("2001:DB8:1:2::7")).isEqualTo("20010db800010002::/64");
    }

    @Test
    void changedLimitsStartFromFreshBuckets() {
        SignInThrottle before = throttle(1, Duration.ofMinutes(15), 100, Duration.ofHours(1));
        before.admit("alice", ATTACKER_ADDRESS);
        assertThat(before.admit("alice", ATTACKER_ADDRESS).admitted()).isFalse();

        SignInThrottle after = throttle(2, Duration.ofMinutes(15), 100, Duration.ofHours(1));

        assertThat(after.admit("alice", ATTACKER_ADDRESS).admitted()).isTrue();
    }

    private SignInThrottle throttle(int accountAttempts, Duration accountPeriod, int addressAttempts,
            Duration addressPeriod) {
        return new SignInThrottle(buckets, new SignInLimits(accountAttempts, accountPeriod, addressAttempts,
                addressPeriod));
    }

    /** Buckets in a map, on the test's clock. */
    static final class InMemoryBuckets implements ThrottleBuckets {

        private final Map<String, Bucket> buckets = new HashMap<>();
        private final ClockTimeMeter time;

        InMemoryBuckets(Clock clock) {
            this.time = new ClockTimeMeter(clock);
        }

        @Override
        public Bucket bucket(String key, BucketConfiguration configuration) {
            return buckets.computeIfAbsent(key, created -> {
                LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
                for (Bandwidth limit : configuration.getBandwidths()) {
                    builder.addLimit(limit);
                }
                return builder.build();
            });
        }
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
