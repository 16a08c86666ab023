package org.tgov.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

@IntegrationTest
class DatabaseThrottleBucketsIT {

    @Autowired
    DatabaseThrottleBuckets buckets;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void removesTheBucketsThatHaveFilledUpAgainAndKeepsTheOthers() {
        String filledUp = "test:" + TestData.unique("filled");
        String stillCounting = "test:" + TestData.unique("counting");
        long now = System.currentTimeMillis();
        jdbc.update("insert into sign_in_throttle (id, state, expires_at) values (?, null, ?)", filledUp, now - 1_000);
        jdbc.update("insert into sign_in_throttle (id, state, expires_at) values (?, null, ?)", stillCounting,
                now + 600_000);

        buckets.removeExpired();

        assertThat(jdbc.queryForList("select id from sign_in_throttle where id in (?, ?)", String.class, filledUp,
                stillCounting)).containsExactly(stillCounting);
    }
}
