package org.tgov.identity.internal;

import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.tgov.identity.OrganisationManagement;
import org.tgov.shared.Refused;

/**
 * On a new production installation nobody can sign in yet. When TGOV_BOOTSTRAP_PLATFORM_ADMIN_USERNAME
 * and _PASSWORD are set and no platform administrator exists, one is created at start-up; it then
 * creates each organisation and its first administrator through the pages.
 */
@Component
class PlatformAdministratorBootstrap {

    private static final Logger log = LoggerFactory.getLogger(PlatformAdministratorBootstrap.class);

    private final OrganisationManagement organisations;
    private final MessageSource messages;
    private final String username;
    private final String password;

    PlatformAdministratorBootstrap(OrganisationManagement organisations, MessageSource messages,
            @Value("${tgov.bootstrap.platform-admin.username:}") String username,
            @Value("${tgov.bootstrap.platform-admin.password:}") String password) {
        this.organisations = organisations;
        this.messages = messages;
        this.username = username;
        this.password = password;
    }

    /** A refused username or password stops the start-up, saying why in the words the pages would use. */
    @EventListener(ApplicationReadyEvent.class)
    void createFirstPlatformAdministrator() {
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            return;
        }
        try {
            String name = messages.getMessage("user.platformAdministrator.name", null, Locale.UK);
            if (organisations.ensurePlatformAdministrator(username, name, password)) {
                log.info("Created platform administrator '{}'", username);
            }
        } catch (Refused refused) {
            String reasons = refused.refusals().stream()
                    .map(refusal -> messages.getMessage(refusal.code(), refusal.argumentArray(), Locale.UK))
                    .collect(Collectors.joining("; "));
            throw new IllegalStateException("The bootstrap platform administrator was not created: " + reasons, refused);
        }
    }
}
