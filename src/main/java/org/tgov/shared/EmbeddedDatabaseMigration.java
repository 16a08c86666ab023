package org.tgov.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the database, and then, on the embedded H2 database only, closes and reopens it.
 *
 * <p>H2 2.4 compiles a check constraint such as {@code status in ('A', 'B')} with the session
 * (connection) that created it, and evaluates it through that session for as long as the database
 * stays open. Once the pool retires the connection that ran the migration (Hikari retires every
 * connection after 30 minutes), every insert into such a table fails with "Check constraint
 * invalid" until a restart. When the database opens, H2 compiles every constraint with its own
 * system session instead, which lives as long as the database, so the migrated database is shut
 * down and the pool's connections, which belong to the closed database, are replaced.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseMigration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseMigration.class);

    @Bean
    FlywayMigrationStrategy migrateThenReopenEmbeddedDatabase() {
        return flyway -> {
            flyway.migrate();
            reopenIfEmbedded(flyway);
        };
    }

    static void reopenIfEmbedded(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        // An in-memory database would be lost by closing it; only tests use one.
        if (!(dataSource instanceof HikariDataSource pool) || !pool.getJdbcUrl().startsWith("jdbc:h2:")
                || pool.getJdbcUrl().startsWith("jdbc:h2:mem:")) {
            return;
        }
        // Not through the pool: this connection is closed by the shutdown, and the pool never sees it.
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reopen the embedded database after migrating it", e);
        }
        // Every connection the pool holds now belongs to the closed database: replace them all. (Evicting
        // before the shutdown would let the pool open new connections to the database about to close.)
        if (pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        log.info("Reopened the embedded database after migrating it, so that its constraints do not depend on the "
                + "migration's connection");
    }
}
