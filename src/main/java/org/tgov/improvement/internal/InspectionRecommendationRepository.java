package org.tgov.improvement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRecommendationRepository extends JpaRepository<InspectionRecommendation, Long> {

    List<InspectionRecommendation> findByProgrammeIdOrderByInspectionIdAscPositionAsc(Long programmeId);

    boolean existsByIdAndProgrammeId(Long id, Long programmeId);
}
