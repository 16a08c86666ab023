package org.tgov.identity.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.tgov.identity.Organisation;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByNameIgnoreCase(String name);

    Optional<Organisation> findByNameIgnoreCase(String name);

    Page<Organisation> findAllByOrderByNameAsc(Pageable page);

    /**
     * Locks the organisation's row until the transaction ends, so that changes which could leave it
     * without an administrator run one after another: each then counts the administrators as the
     * previous one left them.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organisation o where o.id = :id")
    Optional<Organisation> lockById(Long id);
}
