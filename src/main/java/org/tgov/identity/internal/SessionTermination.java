package org.tgov.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.UserAccessChanged;

/**
 * Ends a user's open sessions once an administrator has disabled them, changed their roles or
 * reset their password, so that a leaver is out at once and a new role applies at the next sign-in.
 */
@Component
class SessionTermination {

    private static final Logger log = LoggerFactory.getLogger(SessionTermination.class);

    private final SessionRegistry sessions;

    SessionTermination(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(UserAccessChanged changed) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof SignedInUser user && user.getUsername().equals(changed.username()))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(session -> {
                    session.expireNow();
                    log.info("Ended a session of '{}' after a change to their access", changed.username());
                });
    }

}
