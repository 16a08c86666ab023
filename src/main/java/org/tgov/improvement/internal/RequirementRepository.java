package org.tgov.improvement.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RequirementRepository extends JpaRepository<Requirement, Long> {

    @Query("select r from Requirement r join fetch r.intervention where r.id = :id")
    Optional<Requirement> findVisible(Long id);

    boolean existsByIdAndProgrammeId(Long id, Long programmeId);
}
