package org.tgov.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.tgov.crawl.HttpSession.Param;

/**
 * A form as the server rendered it: where it posts, and its fields with their kinds and the values
 * they came with. Submissions are built from it by {@link Submissions}.
 */
record FormSpec(String action, String method, boolean multipart, List<Field> fields) {

    enum Kind { HIDDEN, TEXT, TEXTAREA, PASSWORD, SELECT, RADIO, CHECKBOX, FILE, BUTTON }

    /**
     * @param options the values offered (select options, or this radio's or checkbox's value)
     * @param money   an amount of money (a £ prefix in front of it)
     * @param datePart day, month or year of a GOV.UK date input, or null
     */
    record Field(String name, Kind kind, String value, List<String> options, boolean money, String datePart,
            boolean checked) {
    }

    static FormSpec of(Element form) {
        List<Field> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name], button, input[type=submit]")) {
            String name = input.attr("name");
            fields.add(switch (input.tagName()) {
                case "textarea" -> new Field(name, Kind.TEXTAREA, input.text(), List.of(), false, null, false);
                case "select" -> new Field(name, Kind.SELECT,
                        input.select("option[selected]").attr("value"),
                        input.select("option").eachAttr("value").stream().filter(v -> !v.isEmpty()).toList(), false, null, false);
                case "button" -> new Field(name, Kind.BUTTON, input.attr("value"), List.of(input.attr("value")), false, null, false);
                default -> input(input, name);
            });
        }
        String action = form.attr("action").isEmpty() ? null : form.attr("action");
        return new FormSpec(action, form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase(),
                "multipart/form-data".equalsIgnoreCase(form.attr("enctype")), fields);
    }

    private static Field input(Element input, String name) {
        String type = input.attr("type").isEmpty() ? "text" : input.attr("type").toLowerCase();
        Kind kind = switch (type) {
            case "hidden" -> Kind.HIDDEN;
            case "password" -> Kind.PASSWORD;
            case "radio" -> Kind.RADIO;
            case "checkbox" -> Kind.CHECKBOX;
            case "file" -> Kind.FILE;
            case "submit", "button", "reset", "image" -> Kind.BUTTON;
            default -> Kind.TEXT;
        };
        boolean money = input.parent() != null && input.parent().hasClass("govuk-input__wrapper")
                && input.parent().select(".govuk-input__prefix").text().contains("£");
        String datePart = null;
        for (String part : List.of("day", "month", "year")) {
            if (name.endsWith("." + part) && input.hasClass("govuk-date-input__input")) {
                datePart = part;
            }
        }
        return new Field(name, kind, input.attr("value"), List.of(input.attr("value")), money, datePart,
                input.hasAttr("checked"));
    }

    /** The fields' names, in order, each once: what makes two renderings "the same form". */
    String shape() {
        Map<String, Kind> names = new LinkedHashMap<>();
        fields.forEach(f -> names.putIfAbsent(f.name(), f.kind()));
        return method + " " + names.keySet();
    }

    boolean hasFile() {
        return fields.stream().anyMatch(f -> f.kind() == Kind.FILE);
    }

    boolean hasMoney() {
        return fields.stream().anyMatch(Field::money);
    }

    boolean hasDate() {
        return fields.stream().anyMatch(f -> "day".equals(f.datePart()));
    }

    /** The hidden fields as rendered (the CSRF token, versions). */
    List<Param> hidden() {
        return fields.stream().filter(f -> f.kind() == Kind.HIDDEN).map(f -> new Param(f.name(), f.value())).toList();
    }
}
