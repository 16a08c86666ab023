package org.tgov.improvement.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import org.tgov.improvement.ActionFilter;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.Rating;

/**
 * The filters of an actions list as the address gives them (workstream, owner, ratings, status,
 * priority area, overdue). An answer that cannot be read is ignored, so an edited address still shows a list.
 */
record ActionFilters(String workstream, String owner, String progress, String impact, String status, String area,
        String overdue) {

    ActionFilter toFilter() {
        return new ActionFilter(id(workstream), id(owner), constant(Rating.class, progress), constant(Rating.class, impact),
                constant(ActionStatus.class, status), id(area), "yes".equals(overdue));
    }

    /** The list's address with these filters, for paging and downloads. */
    String query(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        params().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.build().encode().toUriString();
    }

    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("workstream", workstream);
        params.put("owner", owner);
        params.put("progress", progress);
        params.put("impact", impact);
        params.put("status", status);
        params.put("area", area);
        params.put("overdue", overdue);
        return params;
    }

    boolean any() {
        return params().values().stream().anyMatch(v -> v != null && !v.isBlank());
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
        return text == null ? null : Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(text)).findFirst().orElse(null);
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
