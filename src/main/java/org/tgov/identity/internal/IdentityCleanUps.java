package org.tgov.identity.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes what has expired from the identity module's tables. Every instance schedules these at the
 * same moments (cron, so they coincide), and the lock of each lets one instance do it and the others
 * skip it (see {@code SchedulingConfiguration}). Spring Session's own clean-up, which each instance
 * would run every minute, is switched off for this one ({@code spring.session.jdbc.cleanup-cron: "-"}).
 */
@Component
class IdentityCleanUps {

    private final JdbcIndexedSessionRepository sessions;
    private final DatabaseThrottleBuckets throttle;

    IdentityCleanUps(JdbcIndexedSessionRepository sessions, DatabaseThrottleBuckets throttle) {
        this.sessions = sessions;
        this.throttle = throttle;
    }

    @Scheduled(cron = "0 * * * * *")
    @SchedulerLock(name = "expired-sessions", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    public void removeExpiredSessions() {
        sessions.cleanUpExpiredSessions();
    }

    @Scheduled(cron = "0 */10 * * * *")
    @SchedulerLock(name = "sign-in-throttle-buckets", lockAtLeastFor = "PT1M", lockAtMostFor = "PT9M")
    public void removeFilledUpThrottleBuckets() {
        throttle.removeExpired();
    }
}
