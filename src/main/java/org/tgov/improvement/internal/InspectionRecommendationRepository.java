package org.tgov.improvement.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionRecommendationRepository extends JpaRepository<InspectionRecommendation, Long> {

    List<InspectionRecommendation> findByProgrammeIdOrderByInspectionIdAscPositionAsc(Long programmeId);

    boolean existsByIdAndProgrammeId(Long id, Long programmeId);

    List<InspectionRecommendation> findByInspectionIdOrderByPositionAsc(Long inspectionId);

    /** By a query, so that only the signed-in person's organisation's are found. */
    @Query("select r from InspectionRecommendation r where r.id = :id")
    Optional<InspectionRecommendation> findVisible(Long id);
}
