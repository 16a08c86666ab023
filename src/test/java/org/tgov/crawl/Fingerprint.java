package org.tgov.crawl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether anything was saved: the number of rows of every table and the latest audit revision
 * (every change to an audited record adds one, so an update shows too). Tables that change
 * without anyone saving anything (sessions, sign-in bookkeeping, the migration history) are left out.
 */
final class Fingerprint {

    private static final List<String> IGNORED_PREFIXES = List.of("flyway_", "spring_session", "sign_in_", "shedlock");

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<String> tables;

    Fingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""", String.class)
                .stream().filter(t -> IGNORED_PREFIXES.stream().noneMatch(t::startsWith)).toList();
        this.sql = "select " + tables.stream().map(t -> "(select count(*) from " + t + ")").collect(Collectors.joining(", "))
                + ", (select coalesce(max(id), 0) from revinfo)";
    }

    Map<String, Long> take() {
        return jdbc.query(sql, rs -> {
            rs.next();
            Map<String, Long> values = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                values.put(tables.get(i), rs.getLong(i + 1));
            }
            values.put("latest revision", rs.getLong(tables.size() + 1));
            return values;
        });
    }

    /** What differs between two fingerprints, in words: "cost_line 12 → 13". */
    static String difference(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream().filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .map(k -> k + " " + before.get(k) + " → " + after.get(k)).collect(Collectors.joining(", "));
    }
}
