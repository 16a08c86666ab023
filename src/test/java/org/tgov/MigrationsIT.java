package org.tgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tgov.identity.Tenancy;
import org.tgov.identity.internal.SignInThrottledException;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;
import org.tgov.support.TestDatabase;

/**
 * The one migration sequence runs from an empty database on both databases the application
 * supports, H2 (the demo) and PostgreSQL (production), and leaves a schema that Hibernate's
 * validation accepts: each nested class starts the application on its own new database with
 * {@code ddl-auto=validate}, which fails start-up on any mismatch.
 */
class MigrationsIT {

    static final String VALIDATE = "spring.jpa.hibernate.ddl-auto=validate";

    /** A new H2 file database, in the embedded default's mode, under target/. */
    static final String H2_URL = "jdbc:h2:file:./target/h2-migrations-it/" + java.util.UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";

    @Nested
    @SpringBootTest(properties = {"spring.datasource.url=" + "${tgov.test.h2-url}", "spring.datasource.username=sa",
            "spring.datasource.password=", VALIDATE })
    @ActiveProfiles("test")
    @ContextConfiguration(initializers = FreshH2Database.class)
    class OnH2 extends MigrationChecks {

        OnH2() {
            super("H2");
        }
    }

    @Nested
    @SpringBootTest(properties = VALIDATE)
    @ActiveProfiles("test")
    @ContextConfiguration(initializers = FreshPostgresDatabase.class)
    class OnPostgreSQL extends MigrationChecks {

        OnPostgreSQL() {
            super("PostgreSQL");
        }
    }

    static class FreshH2Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("tgov.test.h2-url=" + H2_URL).applyTo(context.getEnvironment());
        }
    }

    /** A PostgreSQL database of its own, not the one the other tests of the run have already migrated. */
    static class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase database = TestDatabase.get().freshDatabase();
            TestPropertyValues.of(
                    "spring.datasource.url=" + database.url(),
                    "spring.datasource.username=" + database.username(),
                    "spring.datasource.password=" + database.password())
                    .applyTo(context.getEnvironment());
        }
    }

    abstract static class MigrationChecks {

        private final String product;

        @Autowired
        Flyway flyway;

        @Autowired
        DataSource dataSource;

        @Autowired
        TestData data;

        @Autowired
        ProgrammeManagement programmes;

        @Autowired
        AuthenticationProvider signIn;

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        LockProvider locks;

        @Autowired
        JdbcIndexedSessionRepository sessions;

        MigrationChecks(String product) {
            this.product = product;
        }

        @Test
        void runsOnTheIntendedDatabase() throws Exception {
            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(product);
            }
        }

        @Test
        void appliesEveryMigrationAndLeavesNonePending() throws Exception {
            int scripts = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:db/migration/V*__*.sql").length;

            MigrationInfo[] applied = flyway.info().applied();

            assertThat(scripts).isPositive();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(applied).hasSize(scripts);
            assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
            assertThat(flyway.info().current().getVersion()).isEqualTo(applied[applied.length - 1].getVersion());
        }

        /**
         * H2 compiled a check constraint such as {@code status in (...)} with the connection that
         * created it and refused every insert once the pool retired that connection (after 30
         * minutes), until a restart. Here the pool retires every connection at once while another
         * connection keeps the database open, then a programme (a status checked by such a
         * constraint) is saved.
         */
        @Test
        void savesAfterThePoolRetiresTheMigrationsConnection() throws Exception {
            Council council = data.council();
            try (Connection keepsTheDatabaseOpen = openDirectly()) {
                dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();

                data.programme(council);
            }
            assertThat(Tenancy.callAs(council.id(), () -> programmes.list(Pageable.unpaged()).getTotalElements())).isEqualTo(1);
        }

        private Connection openDirectly() throws java.sql.SQLException {
            com.zaxxer.hikari.HikariDataSource pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
            return java.sql.DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }

        /** Bucket4j's statements for the throttle's buckets run on both databases. */
        @Test
        void keepsTheSignInThrottleInTheDatabase() {
            UsernamePasswordAuthenticationToken attempt =
                    UsernamePasswordAuthenticationToken.unauthenticated(TestData.unique("nobody"), "wrong");
            attempt.setDetails(new WebAuthenticationDetails(TestData.uniqueAddress(), null));
            for (int i = 1; i <= 5; i++) {
                assertThatThrownBy(() -> signIn.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
            }

            assertThatThrownBy(() -> signIn.authenticate(attempt)).isInstanceOf(SignInThrottledException.class);
            assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle where expires_at > ?", Long.class,
                    System.currentTimeMillis())).isGreaterThanOrEqualTo(2);
        }

        /** ShedLock's statements differ by database: a lock is taken once, refused while held, and taken again once let go. */
        @Test
        void letsOneInstanceAtATimeRunAScheduledJob() {
            LockConfiguration job = new LockConfiguration(Instant.now(), TestData.unique("job"), Duration.ofMinutes(1),
                    Duration.ZERO);

            Optional<SimpleLock> first = locks.lock(job);
            Optional<SimpleLock> meanwhile = locks.lock(job);
            first.orElseThrow().unlock();

            assertThat(meanwhile).isEmpty();
            assertThat(locks.lock(job)).isPresent();
        }

        /** Spring Session's statements run on both databases: a session is saved and found again with what it holds. */
        @Test
        void keepsSessionsInTheDatabase() {
            assertThat(savedAndFoundAgain(sessions, "Spend imported")).isEqualTo("Spend imported");
        }

        private static <S extends Session> String savedAndFoundAgain(SessionRepository<S> sessions, String message) {
            S session = sessions.createSession();
            session.setAttribute("message", message);
            sessions.save(session);
            return sessions.findById(session.getId()).getAttribute("message");
        }

        /** Validation does not notice everything (an audit id from a sequence on one database and not the other). */
        @Test
        void writesAndReadsAuditedTenantData() {
            Council council = data.council();
            data.programme(council);

            assertThat(Tenancy.callAs(council.id(), () -> programmes.list(Pageable.unpaged()).getTotalElements()))
                    .isEqualTo(1);
        }
    }
}
