package org.tgov.improvement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImprovementPlanRepository extends JpaRepository<ImprovementPlan, Long> {

    List<ImprovementPlan> findByProgrammeIdOrderByEndorsedOnAscIdAsc(Long programmeId);
}
