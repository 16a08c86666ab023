package org.tgov.improvement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureValueRepository extends JpaRepository<MeasureValue, Long> {

    List<MeasureValue> findByMeasureIdOrderByPeriodOn(Long measureId);

    List<MeasureValue> findByProgrammeId(Long programmeId);

    Optional<MeasureValue> findByMeasureIdAndPeriodOn(Long measureId, LocalDate periodOn);

}
