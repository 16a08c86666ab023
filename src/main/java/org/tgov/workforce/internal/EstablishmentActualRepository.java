package org.tgov.workforce.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.tgov.workforce.EstablishmentActual;

public interface EstablishmentActualRepository extends JpaRepository<EstablishmentActual, Long> {

    List<EstablishmentActual> findByProgrammeIdOrderByMonth(Long programmeId);

    Optional<EstablishmentActual> findByProgrammeIdAndMonth(Long programmeId, java.time.LocalDate month);
}
