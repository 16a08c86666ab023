package org.tgov.budget.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.budget.ChangeRequest;
import org.tgov.budget.ChangeRequestStatus;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

    @Query("select distinct r from ChangeRequest r left join fetch r.lines where r.id = :id")
    Optional<ChangeRequest> findVisible(Long id);

    /** With their lines, so that a list can show each request's net amount without a query per request. */
    @Query("select distinct r from ChangeRequest r left join fetch r.lines where r.programmeId = :programmeId order by r.id desc")
    List<ChangeRequest> findByProgrammeIdOrderByIdDesc(Long programmeId);

    @Query("""
            select distinct r from ChangeRequest r left join fetch r.lines
            where r.programmeId = :programmeId and r.status = :status order by r.submittedAt""")
    List<ChangeRequest> findByProgrammeIdAndStatusOrderBySubmittedAt(Long programmeId, ChangeRequestStatus status);
}
