package org.tgov.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real values for the variables of a route, taken from the database for one organisation. A
 * variable is known by the path segment before it ({@code /cost-lines/{costLineId}} is a cost
 * line); a nested one belongs to the one before it ({@code /decisions/{d}/tranches/{t}} is a
 * tranche of that decision). A route with a variable this class does not know fails the crawl,
 * so that every new page joins it: add its segment to {@link #TABLES} or {@link #LITERALS}. Public
 * for the browser tests that visit every page (the reflow check).
 */
public final class Ids {

    /** Path segment before a variable, and the table whose ids it takes. */
    static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("programmes", "programme"),
            Map.entry("cost-lines", "cost_line"),
            Map.entry("change-requests", "change_request"),
            Map.entry("savings", "savings_target"),
            Map.entry("decisions", "funding_decision"),
            Map.entry("tranches", "tranche"),
            Map.entry("commitments", "commitment"),
            Map.entry("streams", "funding_stream"),
            Map.entry("workstreams", "workstream"),
            Map.entry("bodies", "governance_body"),
            Map.entry("requirements", "intervention_requirement"),
            Map.entry("interventions", "intervention"),
            Map.entry("inspections", "inspection"),
            Map.entry("inspection-recommendations", "inspection_recommendation"),
            Map.entry("actions", "improvement_action"),
            Map.entry("measures", "measure"),
            Map.entry("versions", "improvement_plan"),
            Map.entry("areas", "priority_area"),
            Map.entry("users", "app_user"));

    /** Variables that are not ids: the values to try. */
    static final Map<String, List<String>> LITERALS = Map.of(
            "spend-imports", List.of("no-such-upload"),
            "measure-imports", List.of("no-such-upload"),
            "finance", List.of("reconciliation", "workstreams", "funding-streams", "cost-lines"));

    /** Rows a crawl should prefer for a table, such as the user it may safely change. */
    private final Map<String, String> preferred;
    private final JdbcTemplate jdbc;
    private final Long organisationId;

    public Ids(JdbcTemplate jdbc, Long organisationId, Map<String, String> preferred) {
        this.jdbc = jdbc;
        this.organisationId = organisationId;
        this.preferred = preferred;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /**
     * Every way to fill the route's variables with this organisation's records (several when a
     * table holds records in different states, such as change requests), or empty when it has
     * none; throws when the route has a variable nobody taught the crawl.
     */
    public List<String> fill(String route) {
        String[] segments = route.split("/");
        List<Map<String, String>> fillings = new ArrayList<>();
        fillings.add(new LinkedHashMap<>());
        String parentTable = null;
        String parentVariable = null;
        for (int i = 1; i < segments.length; i++) {
            Matcher matcher = VARIABLE.matcher(segments[i]);
            if (!matcher.find()) {
                continue;
            }
            String variable = matcher.group(1);
            String before = segments[i - 1];
            List<Map<String, String>> next = new ArrayList<>();
            if (LITERALS.containsKey(before)) {
                for (Map<String, String> filling : fillings) {
                    for (String value : LITERALS.get(before)) {
                        Map<String, String> copy = new LinkedHashMap<>(filling);
                        copy.put(variable, value);
                        next.add(copy);
                    }
                }
                fillings = next;
                continue;
            }
            String table = TABLES.get(before);
            if (table == null) {
                throw new IllegalStateException("The crawl does not know what {" + variable + "} in " + route
                        + " is: add '" + before + "' to Ids.TABLES or Ids.LITERALS");
            }
            for (Map<String, String> filling : fillings) {
                String parentId = parentVariable == null ? null : filling.get(parentVariable);
                for (Long id : ids(table, parentTable, parentId)) {
                    Map<String, String> copy = new LinkedHashMap<>(filling);
                    copy.put(variable, id.toString());
                    next.add(copy);
                }
            }
            fillings = next;
            parentTable = table;
            parentVariable = variable;
        }
        return fillings.stream().map(values -> {
            String path = route;
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return path;
        }).toList();
    }

    /** One record of the table (one per status where records have a status), within the parent if any. */
    private List<Long> ids(String table, String parentTable, String parentId) {
        String where = " where organisation_id = ?" + (parentTable == null ? "" : " and " + parentTable + "_id = " + Long.parseLong(parentId));
        Optional<String> chosen = Optional.ofNullable(preferred.get(table));
        if (chosen.isPresent()) {
            where += " and " + chosen.get();
        }
        if (table.equals("change_request")) {
            return jdbc.queryForList("select min(id) from change_request" + where + " group by status order by 1",
                    Long.class, organisationId);
        }
        return jdbc.queryForList("select min(id) from " + table + where + " having min(id) is not null", Long.class,
                organisationId);
    }
}
