package org.tgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Arrays;
import javax.sql.DataSource;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tgov.identity.Tenancy;
import org.tgov.identity.internal.SignInThrottledException;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestDatabase;

/**
 * The one migration sequence runs from an empty database on both databases the application
 * supports, H2 (the demo) and PostgreSQL (production), and leaves a schema that Hibernate's
 * validation accepts: each nested class starts the application on its own new database with
 * {@code ddl-auto=validate}, which fails start-up on any mismatch.
 */
class MigrationsIT {

    static final String VALIDATE = "spring.jpa.hibernate.ddl-auto=validate";

    @Nested
    @SpringBootTest(properties = {
            "spring.datasource.url=jdbc:h2:mem:migrations-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            VALIDATE })
    @ActiveProfiles("test")
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
