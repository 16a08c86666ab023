package org.tgov.programme.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeSummary;

/** Every query here is limited to the current organisation by Hibernate's tenant filter. */
public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    @Query("select p from Programme p where p.id = :id")
    Optional<Programme> findVisible(Long id);

    @Query(value = """
            select new org.tgov.programme.ProgrammeSummary(p.id, p.name, p.sro, p.startDate, p.endDate, p.status)
            from Programme p order by p.startDate desc, p.name""",
            countQuery = "select count(p) from Programme p")
    Page<ProgrammeSummary> summaries(Pageable page);

    @Query("""
            select new org.tgov.programme.ProgrammeSummary(p.id, p.name, p.sro, p.startDate, p.endDate, p.status)
            from Programme p where p.status <> org.tgov.programme.ProgrammeStatus.CLOSED
            order by p.startDate desc, p.name""")
    List<ProgrammeSummary> openSummaries();

    boolean existsByNameIgnoreCase(String name);

    @Query("select count(p) > 0 from Programme p where lower(p.name) = lower(:name) and p.id <> :id")
    boolean existsOtherNamed(String name, Long id);
}
