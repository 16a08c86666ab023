package org.tgov.identity.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.tgov.identity.Organisation;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByNameIgnoreCase(String name);

    Optional<Organisation> findByNameIgnoreCase(String name);

    Page<Organisation> findAllByOrderByNameAsc(Pageable page);
}
