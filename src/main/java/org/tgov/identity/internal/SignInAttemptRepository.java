package org.tgov.identity.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.tgov.identity.User;

/**
 * Sign-in bookkeeping written with a bulk update: it does not bump the user's version, so an
 * administrator editing the user is not told of a conflict because the user signed in.
 */
interface SignInAttemptRepository extends Repository<User, Long> {

    @Modifying
    @Query("update User u set u.lastSignInAt = :now where lower(u.username) = lower(:username)")
    int recordSuccess(String username, Instant now);
}
