package org.tgov.improvement.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ActionTally;
import org.tgov.improvement.Rating;
import org.tgov.improvement.RatingTally;

/** Actions, filtered and counted by the database: a page costs the same queries whatever the plan's size. */
public interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {

    @Query("select a from ImprovementAction a where a.id = :id")
    Optional<ImprovementAction> findVisible(Long id);

    @Query(value = """
            select a from ImprovementAction a where a.programmeId = :programmeId
            and (:workstreamId is null or a.workstreamId = :workstreamId)
            and (:ownerUserId is null or a.ownerUserId = :ownerUserId)
            and (:progress is null or a.progressRating = :progress)
            and (:impact is null or a.impactRating = :impact)
            and (:status is null or a.status = :status)
            and (:priorityAreaId is null or a.priorityAreaId = :priorityAreaId)
            and (:overdueOnly = false or (a.dueOn < :today and a.status not in :done))
            order by a.dueOn, a.reference""",
            countQuery = """
            select count(a) from ImprovementAction a where a.programmeId = :programmeId
            and (:workstreamId is null or a.workstreamId = :workstreamId)
            and (:ownerUserId is null or a.ownerUserId = :ownerUserId)
            and (:progress is null or a.progressRating = :progress)
            and (:impact is null or a.impactRating = :impact)
            and (:status is null or a.status = :status)
            and (:priorityAreaId is null or a.priorityAreaId = :priorityAreaId)
            and (:overdueOnly = false or (a.dueOn < :today and a.status not in :done))""")
    Page<ImprovementAction> filtered(Long programmeId, Long workstreamId, Long ownerUserId, Rating progress, Rating impact,
            ActionStatus status, Long priorityAreaId, boolean overdueOnly, LocalDate today, Collection<ActionStatus> done,
            Pageable page);

    @Query("select a from ImprovementAction a where a.programmeId = :programmeId and a.dueOn < :today and a.status not in :done order by a.dueOn, a.reference")
    List<ImprovementAction> overdue(Long programmeId, LocalDate today, Collection<ActionStatus> done);

    @Query("select a from ImprovementAction a where a.programmeId = :programmeId and a.inspectionRecommendationId is not null order by a.reference")
    List<ImprovementAction> answeringInspections(Long programmeId);

    @Query("select distinct a.workstreamId from ImprovementAction a where a.ownerUserId = :userId")
    Set<Long> workstreamsOwnedBy(Long userId);

    @Query("select new org.tgov.improvement.RatingTally(a.priorityAreaId, a.progressRating, count(a)) from ImprovementAction a where a.programmeId = :programmeId group by a.priorityAreaId, a.progressRating")
    List<RatingTally> progressByArea(Long programmeId);

    @Query("select new org.tgov.improvement.RatingTally(a.priorityAreaId, a.impactRating, count(a)) from ImprovementAction a where a.programmeId = :programmeId group by a.priorityAreaId, a.impactRating")
    List<RatingTally> impactByArea(Long programmeId);

    /** Every action counted by priority area, workstream and both ratings, with how many of each are overdue: one query. */
    @Query("""
            select new org.tgov.improvement.ActionTally(a.priorityAreaId, a.workstreamId, a.progressRating, a.impactRating, count(a),
                sum(case when a.dueOn < :today and a.status not in :done then 1L else 0L end))
            from ImprovementAction a where a.programmeId = :programmeId
            group by a.priorityAreaId, a.workstreamId, a.progressRating, a.impactRating""")
    List<ActionTally> tally(Long programmeId, LocalDate today, Collection<ActionStatus> done);

    /** What the independent board lists: actions answering a requirement or a recommendation, and the overdue ones. */
    @Query("""
            select a from ImprovementAction a where a.programmeId = :programmeId
            and (a.requirementId is not null or a.inspectionRecommendationId is not null or (a.dueOn < :today and a.status not in :done))
            order by a.dueOn, a.reference""")
    List<ImprovementAction> answeringOrOverdue(Long programmeId, LocalDate today, Collection<ActionStatus> done);

    /** What the operational board lists: actions rated red or amber for progress, and the overdue ones. */
    @Query("""
            select a from ImprovementAction a where a.programmeId = :programmeId
            and (a.progressRating in :ratings or (a.dueOn < :today and a.status not in :done))
            order by a.dueOn, a.reference""")
    List<ImprovementAction> ratedOrOverdue(Long programmeId, Collection<Rating> ratings, LocalDate today, Collection<ActionStatus> done);

    boolean existsByProgrammeIdAndReferenceIgnoreCase(Long programmeId, String reference);

    /** Whether another action of the programme (any but {@code exceptId}, which may be null) has this reference, in any case. */
    @Query("select count(a) > 0 from ImprovementAction a where a.programmeId = :programmeId and lower(a.reference) = lower(:reference) and (:exceptId is null or a.id <> :exceptId)")
    boolean referenceTaken(Long programmeId, String reference, Long exceptId);
}
