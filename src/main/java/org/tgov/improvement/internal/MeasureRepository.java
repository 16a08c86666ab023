package org.tgov.improvement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByProgrammeIdOrderByName(Long programmeId);

    @org.springframework.data.jpa.repository.Query("select m from Measure m where m.id = :id")
    java.util.Optional<Measure> findVisible(Long id);

    boolean existsByProgrammeIdAndNameIgnoreCase(Long programmeId, String name);

    boolean existsByProgrammeIdAndNameIgnoreCaseAndIdNot(Long programmeId, String name, Long id);
}
