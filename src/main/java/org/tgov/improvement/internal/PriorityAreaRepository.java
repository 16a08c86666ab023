package org.tgov.improvement.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PriorityAreaRepository extends JpaRepository<PriorityArea, Long> {

    List<PriorityArea> findByProgrammeIdOrderByPositionAscIdAsc(Long programmeId);

    @Query("select a from PriorityArea a where a.id = :id")
    Optional<PriorityArea> findVisible(Long id);

    boolean existsByIdAndProgrammeId(Long id, Long programmeId);

    long countByProgrammeId(Long programmeId);

    /** Whether another priority area of the programme (any but {@code exceptId}, which may be null) has this name, in any case. */
    @Query("select count(a) > 0 from PriorityArea a where a.programmeId = :programmeId and lower(a.name) = lower(:name) and (:exceptId is null or a.id <> :exceptId)")
    boolean nameTaken(Long programmeId, String name, Long exceptId);
}
