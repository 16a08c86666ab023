package org.tgov.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database for one test run (one JVM). With a Docker engine: a Testcontainers
 * PostgreSQL 16. Without one: a fresh database {@code test_<random>} created on the server at
 * {@code TEST_DATABASE_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code postgres}) and dropped when the run ends.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String url;
    /** Where further databases are created and dropped from: never this run's own database. */
    private final String serverUrl;
    private final String username;
    private final String password;
    private final String description;

    private TestDatabase(String url, String serverUrl, String username, String password, String description) {
        this.url = url;
        this.serverUrl = serverUrl;
        this.username = username;
        this.password = password;
        this.description = description;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = dockerAvailable() ? container() : throwawayDatabase();
            System.out.println("[tests] PostgreSQL for this run: " + instance.description);
        }
        return instance;
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("TEST_USE_TESTCONTAINERS"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static TestDatabase container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        return new TestDatabase(container.getJdbcUrl(), container.getJdbcUrl(), container.getUsername(),
                container.getPassword(), "Testcontainers " + container.getDockerImageName());
    }

    private static TestDatabase throwawayDatabase() {
        return createOn(env("TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                env("TEST_DATABASE_USERNAME", "postgres"), env("TEST_DATABASE_PASSWORD", ""));
    }

    /**
     * Another empty database on this run's server, dropped when the run ends: for a test that must
     * start from nothing, such as one that applies every migration.
     */
    public TestDatabase freshDatabase() {
        return createOn(serverUrl, username, password);
    }

    private static TestDatabase createOn(String serverUrl, String user, String password) {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(serverUrl, user, password, name)));
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        String url = serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
        return new TestDatabase(url, serverUrl, user, password, "throwaway database " + name + " on " + serverUrl);
    }

    /**
     * Drops a database at the end of the run. Connection pools of cached application contexts may
     * still be reconnecting while the JVM shuts down, so new connections are refused first.
     * A container may already be gone when the run ends, and its databases with it.
     */
    private static void dropQuietly(String serverUrl, String user, String password, String name) {
        try {
            execute(serverUrl, user, password, "alter database " + name + " with allow_connections false");
            execute(serverUrl, user, password, "drop database if exists " + name + " with (force)");
        } catch (IllegalStateException gone) {
            System.err.println("[tests] could not drop " + name + ": " + gone.getMessage());
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url
                    + ". Is PostgreSQL running? Set TEST_DATABASE_URL, TEST_DATABASE_USERNAME, TEST_DATABASE_PASSWORD.", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }
}
