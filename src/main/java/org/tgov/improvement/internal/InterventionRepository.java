package org.tgov.improvement.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Interventions are read with their requirements, in one query for a page. */
public interface InterventionRepository extends JpaRepository<Intervention, Long> {

    @Query("select distinct i from Intervention i left join fetch i.requirements where i.programmeId = :programmeId order by i.issuedOn, i.id")
    List<Intervention> findWithRequirements(Long programmeId);

    /** By a query, so that only the signed-in person's organisation's are found. */
    @Query("select i from Intervention i where i.id = :id")
    Optional<Intervention> findVisible(Long id);
}
