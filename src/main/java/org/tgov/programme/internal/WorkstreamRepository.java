package org.tgov.programme.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.programme.Workstream;

public interface WorkstreamRepository extends JpaRepository<Workstream, Long> {

    @Query("select w from Workstream w where w.id = :id")
    Optional<Workstream> findVisible(Long id);

    List<Workstream> findByProgrammeIdOrderByName(Long programmeId);

    boolean existsByProgrammeIdAndNameIgnoreCase(Long programmeId, String name);

    @Query("select count(w) > 0 from Workstream w where w.programmeId = :programmeId and lower(w.name) = lower(:name) and w.id <> :id")
    boolean existsOtherNamed(Long programmeId, String name, Long id);
}
