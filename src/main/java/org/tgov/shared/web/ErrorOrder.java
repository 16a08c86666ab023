package org.tgov.shared.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts the error summary in the order of the fields on the page (GOV.UK asks for it), not the
 * order validation happened to find them: errors about the whole form first, then by the order the
 * form class declares its fields, which is the order the screens lay them out.
 * Used as {@code ${T(org.tgov.shared.web.ErrorOrder).sort(#fields.detailedErrors(), formClass)}}
 * (static, so that it also works in web slice tests, which load no components).
 */
public final class ErrorOrder {

    private static final Map<Class<?>, Map<String, Integer>> POSITIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private ErrorOrder() {
    }

    public static List<DetailedError> sort(List<DetailedError> errors, Class<?> formClass) {
        Map<String, Integer> order = POSITIONS.computeIfAbsent(formClass, ErrorOrder::fieldPositions);
        List<DetailedError> sorted = new ArrayList<>(errors);
        // A stable sort: errors on one field (or one list of rows) keep the order they were found in.
        sorted.sort(Comparator.comparingInt(error -> error.isGlobal() ? -1
                : order.getOrDefault(topLevel(error.getFieldName()), Integer.MAX_VALUE)));
        return sorted;
    }

    private static String topLevel(String fieldName) {
        int end = fieldName.length();
        for (char separator : new char[] {'.', '['}) {
            int at = fieldName.indexOf(separator);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return fieldName.substring(0, end);
    }

    /** The JVM lists a class's fields in declaration order; superclass fields come first. */
    private static Map<String, Integer> fieldPositions(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        Map<String, Integer> positions = new HashMap<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                positions.putIfAbsent(field.getName(), positions.size());
            }
        }
        return positions;
    }
}
