package org.tgov.improvement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PriorityAreaRepository extends JpaRepository<PriorityArea, Long> {

    List<PriorityArea> findByProgrammeIdOrderByPositionAscIdAsc(Long programmeId);
}
