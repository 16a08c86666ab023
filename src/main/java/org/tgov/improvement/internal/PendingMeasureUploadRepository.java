package org.tgov.improvement.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Pending uploads of measure values of the current organisation (tenancy applies to every query here). */
public interface PendingMeasureUploadRepository extends JpaRepository<PendingMeasureUpload, Long> {

    /** The upload behind a token, if it is this person's, for this programme, and not yet expired. */
    @Query("""
            select p from PendingMeasureUpload p where p.token = :token and p.programmeId = :programmeId
            and p.uploadedBy = :uploadedBy and p.expiresAt > :now""")
    Optional<PendingMeasureUpload> findUsable(String token, Long programmeId, String uploadedBy, Instant now);

    /**
     * The same, locked until the transaction ends, so that two confirmations of one file (a double
     * click, two tabs, two instances) import it once: the second finds it gone.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select p from PendingMeasureUpload p where p.token = :token and p.programmeId = :programmeId
            and p.uploadedBy = :uploadedBy and p.expiresAt > :now""")
    Optional<PendingMeasureUpload> lockUsable(String token, Long programmeId, String uploadedBy, Instant now);

    @Query("select p.id from PendingMeasureUpload p where p.uploadedBy = :uploadedBy order by p.uploadedAt desc, p.id desc")
    List<Long> idsNewestFirst(String uploadedBy);
}
