package org.tgov.improvement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByProgrammeIdOrderByName(Long programmeId);

    /** Every measure of the programme by name, each with its latest value (null before the first), in one query. */
    @org.springframework.data.jpa.repository.Query("""
            select m, v from Measure m left join MeasureValue v on v.measureId = m.id
                and v.periodOn = (select max(w.periodOn) from MeasureValue w where w.measureId = m.id)
            where m.programmeId = :programmeId order by m.name, m.id""")
    List<Object[]> withLatestValues(Long programmeId);

    @org.springframework.data.jpa.repository.Query("select m from Measure m where m.id = :id")
    java.util.Optional<Measure> findVisible(Long id);

    boolean existsByProgrammeIdAndNameIgnoreCase(Long programmeId, String name);

    boolean existsByProgrammeIdAndNameIgnoreCaseAndIdNot(Long programmeId, String name, Long id);
}
