package org.tgov.identity;

import java.time.Clock;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.internal.OrganisationRepository;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/** A platform administrator's use cases: organisations and their first administrator. */
@Service
@Transactional
public class OrganisationManagement {

    private final OrganisationRepository organisations;
    private final AccountCreation accounts;
    private final Clock clock;

    OrganisationManagement(OrganisationRepository organisations, AccountCreation accounts, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Organisation> list(Pageable page) {
        return organisations.findAllByOrderByNameAsc(page);
    }

    /** Creates the organisation and its first administrator together, or neither. */
    public Long create(String name, NewUser firstAdministrator) {
        // checked by the constructor before the name goes near a query (PostgreSQL refuses a null byte in one)
        Organisation organisation = new Organisation(name, clock.instant());
        if (organisations.existsByNameIgnoreCase(organisation.getName())) {
            throw new Refused(Refusal.about("name", "organisation.name.taken", organisation.getName()));
        }
        organisations.save(organisation);
        NewUser admin = new NewUser(firstAdministrator.username(), firstAdministrator.displayName(),
                firstAdministrator.email(), firstAdministrator.password(), Set.of(Role.ADMIN));
        accounts.createIn(organisation.getId(), admin);
        return organisation.getId();
    }

    /** Creates a platform administrator unless one exists already; returns whether it did. */
    public boolean ensurePlatformAdministrator(String username, String displayName, String password) {
        if (accounts.anyPlatformAdministrator()) {
            return false;
        }
        accounts.createPlatformAdministrator(username, displayName, password);
        return true;
    }

    /** Creates this platform administrator unless the username is taken (for demo data, beside any others). */
    public boolean addPlatformAdministratorIfAbsent(String username, String displayName, String password) {
        if (accounts.usernameTaken(username)) {
            return false;
        }
        accounts.createPlatformAdministrator(username, displayName, password);
        return true;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Organisation> findByName(String name) {
        return organisations.findByNameIgnoreCase(name);
    }
}
