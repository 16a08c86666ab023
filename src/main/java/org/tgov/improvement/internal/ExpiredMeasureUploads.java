package org.tgov.improvement.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the files of measure values that waited too long to be imported, every organisation's at once (so not
 * through the tenant-scoped repository). Every instance schedules it at the same moments, and its
 * lock lets one of them do it while the others skip that run (see {@code SchedulingConfiguration}).
 */
@Component
public class ExpiredMeasureUploads {

    private static final Logger log = LoggerFactory.getLogger(ExpiredMeasureUploads.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExpiredMeasureUploads(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** How many files were deleted, or empty when another instance holds the lock and this one skipped the run. */
    @Scheduled(cron = "0 */5 * * * *")
    @SchedulerLock(name = "expired-measure-uploads", lockAtLeastFor = "PT1M", lockAtMostFor = "PT4M")
    public Optional<Integer> removeOnOneInstance() {
        int removed = jdbc.update("delete from pending_measure_upload where expires_at <= ?",
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        log.debug("Removed {} expired measure uploads", removed);
        return Optional.of(removed);
    }
}
