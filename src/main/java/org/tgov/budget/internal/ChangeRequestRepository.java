package org.tgov.budget.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.budget.ChangeRequestStatus;

/** Requests are read with their lines, so that a list shows each request's amounts without a query per request. */
public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    @Query("select distinct r from ChangeRequest r left join fetch r.lines where r.id = :id")
    Optional<ChangeRequest> findVisible(Long id);

    @Query("select distinct r from ChangeRequest r left join fetch r.lines where r.programmeId = :programmeId order by r.id desc")
    List<ChangeRequest> findByProgrammeIdOrderByIdDesc(Long programmeId);

    @Query("""
            select distinct r from ChangeRequest r left join fetch r.lines
            where r.programmeId = :programmeId and r.status = :status order by r.submittedAt""")
    List<ChangeRequest> findByProgrammeIdAndStatusOrderBySubmittedAt(Long programmeId, ChangeRequestStatus status);

    /** Every request of the organisation awaiting decision, oldest first: what the deciding body's chair sees on home. */
    @Query("""
            select distinct r from ChangeRequest r left join fetch r.lines
            where r.status = org.tgov.budget.ChangeRequestStatus.SUBMITTED order by r.submittedAt""")
    List<ChangeRequest> awaitingDecision();
}
