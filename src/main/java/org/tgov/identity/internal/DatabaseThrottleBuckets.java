package org.tgov.identity.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle's buckets in the {@code sign_in_throttle} table (see
 * {@link SignInThrottleTable}), so that every instance of the application counts the same attempts.
 */
@Component
class DatabaseThrottleBuckets implements ThrottleBuckets {

    private static final Logger log = LoggerFactory.getLogger(DatabaseThrottleBuckets.class);

    private final ProxyManager<String> buckets;
    private final JdbcTemplate jdbc;

    DatabaseThrottleBuckets(DataSource dataSource, Clock clock) {
        // a bucket that has filled up again is no different from none, so it may then be deleted
        this.buckets = new SignInThrottleTable(dataSource, clock,
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)));
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.builder().build(key, () -> configuration);
    }

    /**
     * Deletes the buckets that have filled up again, so that the table holds only recent attempts
     * ({@link IdentityCleanUps} runs it). Bucket4j writes expires_at from the system clock, so it
     * is compared with the system clock rather than the application's.
     */
    int removeExpired() {
        int removed = jdbc.update("delete from sign_in_throttle where expires_at < ?", System.currentTimeMillis());
        log.debug("Removed {} expired sign-in throttle buckets", removed);
        return removed;
    }
}
