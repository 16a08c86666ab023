package org.tgov.workforce.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EstablishmentActualRepository extends JpaRepository<EstablishmentActual, Long> {

    List<EstablishmentActual> findByProgrammeIdOrderByMonth(Long programmeId);

    /** Each year's average FTE in post, permanent and agency, and how many months were reported. */
    @org.springframework.data.jpa.repository.Query("""
            select new org.tgov.workforce.internal.YearAverages(a.financialYear, avg(a.permanentFte), avg(a.agencyFte), count(a))
            from EstablishmentActual a where a.programmeId = :programmeId group by a.financialYear order by a.financialYear""")
    List<YearAverages> averagesByYear(Long programmeId);

    Optional<EstablishmentActual> findByProgrammeIdAndMonth(Long programmeId, java.time.LocalDate month);
}
