package org.tgov.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.tgov.identity.OrganisationManagement;

/**
 * On a new production installation nobody can sign in yet. When TGOV_BOOTSTRAP_PLATFORM_ADMIN_USERNAME
 * and _PASSWORD are set and no platform administrator exists, one is created at start-up; it then
 * creates each organisation and its first administrator through the pages.
 */
@Component
class PlatformAdministratorBootstrap {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdministratorBootstrap.class);

    private final OrganisationManagement organisations;
    private final String username;
    private final String password;

    PlatformAdministratorBootstrap(OrganisationManagement organisations,
            @Value("${tgov.bootstrap.platform-admin.username:}") String username,
            @Value("${tgov.bootstrap.platform-admin.password:}") String password) {
        this.organisations = organisations;
        this.username = username;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createFirstPlatformAdministrator() {
        if (StringUtils.hasText(username) && StringUtils.hasText(password)
                && organisations.ensurePlatformAdministrator(username, "Platform administrator", password)) {
            log.info("Created platform administrator '{}'", username);
        }
    }
}
