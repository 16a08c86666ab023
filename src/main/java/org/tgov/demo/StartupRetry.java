package org.tgov.demo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Runs start-up work again while the database is briefly unavailable (restarting, failing over),
 * waiting a little longer each time; any other failure, or one that lasts, stops the start-up.
 */
final class StartupRetry {

    private static final Logger log = LoggerFactory.getLogger(StartupRetry.class);

    static final int ATTEMPTS = 8;
    static final Duration FIRST_WAIT = Duration.ofMillis(500);

    private StartupRetry() {
    }

    static void run(String what, Runnable work) {
        run(what, work, ATTEMPTS, FIRST_WAIT);
    }

    static void run(String what, Runnable work, int attempts, Duration firstWait) {
        Duration wait = firstWait;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (TransientDataAccessException | DataAccessResourceFailureException | CannotCreateTransactionException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                log.warn("{} failed because the database is not available ({}); trying again in {} ms", what,
                        e.getMostSpecificCause().getMessage(), wait.toMillis());
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
