package org.tgov.shared;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes the {@link PendingFile}s of one table that waited too long to be imported, every
 * organisation's at once (so not through the tenant-scoped repository). Each import schedules its
 * own under a lock of its own, so that one instance does it while the others skip that run (see
 * {@code SchedulingConfiguration}).
 */
public abstract class ExpiredPendingFiles {

    private static final Logger log = LoggerFactory.getLogger(ExpiredPendingFiles.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String table;

    /** @param table the import's table of pending files, named by the subclass, never by a user */
    protected ExpiredPendingFiles(DataSource dataSource, Clock clock, String table) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.table = table;
    }

    /** How many files were deleted. */
    protected int removeExpired() {
        int removed = jdbc.update("delete from " + table + " where expires_at <= ?",
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        log.debug("Removed {} expired files from {}", removed, table);
        return removed;
    }
}
