package org.tgov.support;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Remembers whether the demo's users existed at the moment the web server opened its port. */
@Component
public class TrafficStartRecorder {

    private final JdbcTemplate jdbc;
    private volatile Long demoUsersWhenPortOpened;

    TrafficStartRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(WebServerInitializedEvent started) {
        demoUsersWhenPortOpened = jdbc.queryForObject(
                "select count(*) from app_user where username in ('admin', 'officer', 'finance', 'resources')", Long.class);
    }

    /** Null when no web server started in this context. */
    public Long demoUsersWhenPortOpened() {
        return demoUsersWhenPortOpened;
    }
}
