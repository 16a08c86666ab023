package org.tgov.spend.internal;

import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tgov.shared.ExpiredPendingFiles;

/** Deletes the spend files that waited too long to be imported (see {@link ExpiredPendingFiles}). */
@Component
public class ExpiredUploads extends ExpiredPendingFiles {

    ExpiredUploads(DataSource dataSource, Clock clock) {
        super(dataSource, clock, "pending_spend_upload");
    }

    /** How many files were deleted, or empty when another instance holds the lock and this one skipped the run. */
    @Scheduled(cron = "${tgov.pending-files.clean-up:0 */5 * * * *}")
    @SchedulerLock(name = "expired-spend-uploads", lockAtLeastFor = "PT1M", lockAtMostFor = "PT4M")
    public Optional<Integer> removeOnOneInstance() {
        return Optional.of(removeExpired());
    }
}
