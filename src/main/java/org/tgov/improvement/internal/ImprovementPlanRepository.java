package org.tgov.improvement.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImprovementPlanRepository extends JpaRepository<ImprovementPlan, Long> {

    List<ImprovementPlan> findByProgrammeIdOrderByEndorsedOnAscIdAsc(Long programmeId);

    @Query("select p from ImprovementPlan p where p.id = :id")
    Optional<ImprovementPlan> findVisible(Long id);

    boolean existsByIdAndProgrammeId(Long id, Long programmeId);

    /** Whether another version of the programme's plan (any but {@code exceptId}, which may be null) has this version. */
    @Query("select count(p) > 0 from ImprovementPlan p where p.programmeId = :programmeId and lower(p.planVersion) = lower(:planVersion) and (:exceptId is null or p.id <> :exceptId)")
    boolean versionTaken(Long programmeId, String planVersion, Long exceptId);
}
