package org.tgov.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a PostgreSQL database with the national dataset: every council under intervention on one
 * installation (150 by default), each with a programme of 300 cost lines and three years of
 * figures and an improvement plan of 150 actions with their progress updates, a notice, an inspection
 * and ten measures of 36 monthly values, through the schema of the day (Flyway migrates the database first). Used by
 * {@code bench/run}; see the README's "Benchmark" section.
 *
 * <pre>java org.tgov.bench.NationalDataset jdbc:postgresql://127.0.0.1:5432/tgov_bench postgres '' [councils] [lines]</pre>
 *
 * Every generated user ({@code bench001-finance}, {@code -officer}, {@code -chair}, {@code -scrutiny},
 * {@code -admin}, the workstream leads {@code -lead1} to {@code -lead6} who own the actions) has the password {@value #PASSWORD}.
 */
public final class NationalDataset {

    public static final String PASSWORD = "bench-password-2026";

    private NationalDataset() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: NationalDataset <jdbc-url> <user> [password] [councils] [lines]");
            System.exit(2);
        }
        String url = args[0];
        String user = args[1];
        String password = args.length > 2 ? args[2] : "";
        int councils = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        int lines = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD);
        String script = script(Map.of("councils", Integer.toString(councils), "lines", Integer.toString(lines),
                "passwordHash", hash));
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            for (String sql : script.split("\n;;\n")) {
                long step = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    int rows = statement.executeUpdate(sql.strip());
                    System.out.printf("[dataset] %,10d rows %6.1f s  %s%n", rows, (System.nanoTime() - step) / 1e9,
                            firstLine(sql));
                }
                if (sql.strip().equals("analyze")) {
                    break;
                }
                if (sql.strip().startsWith("insert into forecast_outturn_aud")) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The dataset could not be written: " + e.getMessage(), e);
        }
        System.out.printf("[dataset] %d councils of %d cost lines in %.0f s%n", councils, lines,
                (System.nanoTime() - started) / 1e9);
    }

    private static String script(Map<String, String> values) throws IOException {
        try (InputStream in = NationalDataset.class.getResourceAsStream("/bench/national-dataset.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> value : values.entrySet()) {
                script = script.replace("${" + value.getKey() + "}", value.getValue());
            }
            return script;
        }
    }

    private static String firstLine(String sql) {
        return sql.strip().lines().filter(line -> !line.startsWith("--")).findFirst().orElse("").strip();
    }
}
