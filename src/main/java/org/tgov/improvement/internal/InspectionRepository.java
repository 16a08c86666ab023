package org.tgov.improvement.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    @Query("select distinct i from Inspection i left join fetch i.judgements where i.programmeId = :programmeId order by i.inspectedOn desc, i.id")
    List<Inspection> findWithJudgements(Long programmeId);

    /** By a query, so that only the signed-in person's organisation's are found; with its judgements. */
    @Query("select i from Inspection i left join fetch i.judgements where i.id = :id")
    Optional<Inspection> findVisible(Long id);
}
