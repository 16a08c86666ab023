package org.tgov.identity.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.tgov.identity.User;

/**
 * Sign-in bookkeeping written with bulk updates: they neither bump the user's version (an
 * administrator editing the user is not told of a conflict because the user signed in) nor race
 * with each other.
 */
interface SignInAttemptRepository extends Repository<User, Long> {

    @Modifying
    @Query("update User u set u.failedSignIns = u.failedSignIns + 1 where lower(u.username) = lower(:username)")
    int countFailure(String username);

    @Modifying
    @Query("""
            update User u set u.lockedUntil = :lockedUntil, u.failedSignIns = 0
            where lower(u.username) = lower(:username) and u.failedSignIns >= :maxFailures""")
    int lockIfTooManyFailures(String username, int maxFailures, Instant lockedUntil);

    @Modifying
    @Query("""
            update User u set u.failedSignIns = 0, u.lockedUntil = null, u.lastSignInAt = :now
            where lower(u.username) = lower(:username)""")
    int recordSuccess(String username, Instant now);
}
