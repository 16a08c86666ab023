package org.tgov.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tgov.identity.UserAccessChanged;

/**
 * Ends a user's open sessions once an administrator has disabled them, changed their roles or
 * reset their password, so that a leaver is out at once and a new role applies at the next sign-in.
 * The sessions are found in the session table by username and marked expired there, so the next
 * request of each, whichever instance serves it, is sent to the sign-in page.
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
        sessions.getAllSessions(changed.username(), false).forEach(session -> {
            session.expireNow();
            log.info("Ended a session of '{}' after a change to their access", changed.username());
        });
    }
}
