package org.tgov.identity.internal;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in the database (Spring Session JDBC; its tables come from Flyway's V6), not in one
 * instance's memory: any instance can serve any request of a signed-in person, a sign-out on one
 * ends the session on all, and a restart signs nobody out. What a session holds (the signed-in
 * user, the CSRF token, the page to go back to, a one-off message) is serialised into it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

    static final String COOKIE = "TGOV_SESSION";

    /**
     * The session cookie, set here rather than through {@code server.servlet.session.cookie}, which
     * Spring Boot applies to Spring Session's cookie only on its embedded server (not under MockMvc,
     * nor in a war). Secure is left to each request: it is set when the request came over TLS, which
     * behind a proxy only a trusted proxy can say ({@code tgov.trusted-proxies}).
     */
    @Bean
    DefaultCookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }

    /**
     * The session store, declared here rather than left to Spring Boot so that its statements run in
     * transactions of their own on plain JDBC. Boot would hand it the application's JPA transactions:
     * each would open a Hibernate session, whose tenant resolver reads the security context, which
     * is being loaded from this very session (an endless loop); and joining a transaction rather than
     * starting its own, a session saved after a commit (see {@link SessionTermination}) would never
     * be written. Expired sessions are deleted by {@link IdentityCleanUps}, on one instance at a time.
     */
    @Bean
    JdbcIndexedSessionRepository sessionRepository(DataSource dataSource,
            @Value("${server.servlet.session.timeout}") Duration timeout) {
        TransactionTemplate ownTransactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                ownTransactions);
        sessions.setDefaultMaxInactiveInterval(timeout);
        sessions.setCleanupCron(Scheduled.CRON_DISABLED);
        sessions.setConversionService(serialisation());
        return sessions;
    }

    /**
     * Finds a user's sessions in the session table by their username, so that an administrator's
     * change can end them (see {@link SessionTermination}) whichever instance they are using.
     */
    @Bean
    SessionRegistry sessionRegistry(JdbcIndexedSessionRepository sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** Java serialisation of session attributes, reading classes with the application's class loader. */
    private static GenericConversionService serialisation() {
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversion.addConverter(byte[].class, Object.class,
                new DeserializingConverter(SessionConfiguration.class.getClassLoader()));
        return conversion;
    }
}
