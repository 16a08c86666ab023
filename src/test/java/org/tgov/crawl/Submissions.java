package org.tgov.crawl;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.tgov.crawl.FormSpec.Field;
import org.tgov.crawl.FormSpec.Kind;
import org.tgov.crawl.HttpSession.Param;
import org.tgov.crawl.HttpSession.Upload;

/**
 * What the crawl sends to a form: the form left empty, a plausible answer (what a careful person
 * would type), the bad-input corpus in every text, money and date box, the same parameter twice,
 * tampered hidden fields, and for uploads a corpus of awkward files.
 */
final class Submissions {

    static final String MARKUP = "<script>crawl()</script>";

    /** The corpus for text, money and date boxes, by name. */
    static final List<Case> TEXT_CORPUS = List.of(
            new Case("abc", "abc", false),
            new Case("exponent", "1e9", false),
            new Case("three decimals", "1.234", false),
            new Case("minus zero", "-0", false),
            new Case("20 digits", "12345678901234567890", false),
            new Case("impossible ISO date", "2022-02-30", false),
            new Case("100,000 characters", "x".repeat(100_000), false),
            new Case("null byte", "a\u0000b", false),
            new Case("markup", MARKUP, false),
            new Case("right-to-left mark", "\u200Fabc", false));

    /** A value for every text box, and whether the form must refuse it. */
    record Case(String name, String value, boolean mustRefuse) {
    }

    /** One submission: its name, the parameters, files, and whether the server must refuse it. */
    record Submission(String name, List<Param> params, List<Upload> uploads, boolean mustRefuse) {
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final byte[] plausibleCsv;

    Submissions(byte[] plausibleCsv) {
        this.plausibleCsv = plausibleCsv;
    }

    List<Submission> all(FormSpec form) {
        List<Submission> all = new ArrayList<>();
        all.add(empty(form));
        for (Case c : TEXT_CORPUS) {
            all.add(build(form, c.name(), (field, plausible) -> isTyped(field) ? c.value() : plausible, c.mustRefuse()));
        }
        all.add(duplicated(form));
        if (form.fields().stream().anyMatch(Submissions::isTamperable)) {
            all.add(build(form, "tampered hidden fields", (field, plausible) -> isTamperable(field) ? "abc" : plausible, true));
        }
        if (form.hasMoney()) {
            for (String bad : List.of("1e9", "1.234", "12345678901234567890", "1,23,4")) {
                all.add(build(form, "money " + bad, (field, plausible) -> field.money() ? bad : plausible, true));
            }
        }
        if (form.hasDate()) {
            all.add(build(form, "30 February", (field, plausible) -> switch (field.datePart() == null ? "" : field.datePart()) {
                case "day" -> "30";
                case "month" -> "2";
                case "year" -> "2022";
                default -> plausible;
            }, true));
        }
        if (form.hasFile()) {
            for (Upload file : csvCorpus(fileField(form))) {
                Submission base = plausible(form);
                all.add(new Submission("file " + file.fileName(), base.params(), List.of(file), false));
            }
        }
        all.add(plausible(form));
        List<Field> buttons = form.fields().stream().filter(f -> f.kind() == Kind.BUTTON).toList();
        for (Field button : buttons.stream().skip(1).filter(b -> !b.name().isEmpty()).toList()) {
            Submission plausible = plausible(form);
            List<Param> params = new ArrayList<>(plausible.params().stream()
                    .filter(p -> buttons.stream().noneMatch(b -> b.name().equals(p.name()))).toList());
            params.add(new Param(button.name(), button.value()));
            all.add(new Submission("plausible, pressing " + button.name(), params, plausible.uploads(), false));
        }
        return all;
    }

    Submission plausible(FormSpec form) {
        return build(form, "plausible", (field, plausible) -> plausible, false);
    }

    private Submission empty(FormSpec form) {
        List<Param> params = new ArrayList<>(form.hidden());
        List<Upload> uploads = form.hasFile() ? List.of(new Upload(fileField(form), "", new byte[0])) : List.of();
        return new Submission("empty", params, uploads, false);
    }

    private Submission duplicated(FormSpec form) {
        Submission plausible = plausible(form);
        List<Param> params = new ArrayList<>();
        Set<String> repeatable = repeatableNames(form);
        Set<String> doubled = new HashSet<>();
        for (Param param : plausible.params()) {
            params.add(param);
            if (!param.name().equals("_csrf") && !repeatable.contains(param.name()) && doubled.add(param.name())) {
                params.add(new Param(param.name(), param.value().equals("7") ? "5" : "7"));
            }
        }
        boolean anyDoubled = !doubled.isEmpty();
        return new Submission("same parameter twice", params, plausible.uploads(), anyDoubled);
    }

    interface Value {
        String of(Field field, String plausible);
    }

    private Submission build(FormSpec form, String name, Value value, boolean mustRefuse) {
        List<Param> params = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        boolean firstButton = true;
        for (Field field : form.fields()) {
            switch (field.kind()) {
                case HIDDEN -> params.add(new Param(field.name(), field.name().equals("_csrf") ? field.value()
                        : value.of(field, field.value())));
                case RADIO, CHECKBOX -> {
                    if (chosen.add(field.name())) {
                        params.add(new Param(field.name(), field.value()));
                    }
                }
                case SELECT -> params.add(new Param(field.name(),
                        value.of(field, field.options().isEmpty() ? "" : field.options().get(0))));
                case BUTTON -> {
                    // the first button is the one pressed (Enter presses it too); it sends its value only if it has a name
                    if (firstButton && !field.name().isEmpty()) {
                        params.add(new Param(field.name(), field.value()));
                    }
                    firstButton = false;
                }
                case FILE -> {
                }
                default -> params.add(new Param(field.name(), value.of(field, plausibleText(field))));
            }
        }
        List<Upload> uploads = form.hasFile() ? List.of(new Upload(fileField(form), "spend.csv", plausibleCsv)) : List.of();
        return new Submission(name, params, uploads, mustRefuse);
    }

    /** A hidden field that carries data: not the CSRF token, nor Spring's "_name" marker of a checkbox list. */
    private static boolean isTamperable(Field field) {
        return field.kind() == Kind.HIDDEN && !field.name().startsWith("_");
    }

    /** Boxes a person types into. */
    private static boolean isTyped(Field field) {
        return field.kind() == Kind.TEXT || field.kind() == Kind.TEXTAREA || field.kind() == Kind.PASSWORD;
    }

    /** Checkbox groups may send several values: Spring's "_name" marker says the field is a collection. */
    private static Set<String> repeatableNames(FormSpec form) {
        Set<String> names = new HashSet<>();
        form.fields().stream().filter(f -> f.kind() == Kind.CHECKBOX).forEach(f -> names.add(f.name()));
        form.fields().stream().filter(f -> f.name().startsWith("_")).forEach(f -> names.add(f.name()));
        return names;
    }

    private static String plausibleText(Field field) {
        int n = COUNTER.incrementAndGet();
        String name = field.name().toLowerCase();
        if (field.money()) {
            return "100.00";
        }
        if (field.datePart() != null) {
            return switch (field.datePart()) {
                case "day" -> "1";
                case "month" -> "4";
                default -> "2022";
            };
        }
        if (field.kind() == Kind.PASSWORD) {
            return "crawl plausible passphrase " + n;
        }
        if (name.endsWith("code")) {
            return "CRAWL-" + n;
        }
        if (name.endsWith("username")) {
            return "crawl" + n;
        }
        if (name.endsWith("email")) {
            return "crawl" + n + "@example.org";
        }
        if (name.contains("fte")) {
            return "1";
        }
        if (name.endsWith("year")) {
            return "2022";
        }
        if (name.endsWith("month")) {
            return "4";
        }
        return "Crawl " + n;
    }

    private static String fileField(FormSpec form) {
        return form.fields().stream().filter(f -> f.kind() == Kind.FILE).findFirst().orElseThrow().name();
    }

    private static List<Upload> corpus;

    /** Empty, binary, Latin-1, a null byte, and 100,000 rows (made once: the last is 3 MB). */
    static synchronized List<Upload> csvCorpus(String field) {
        if (corpus == null) {
            corpus = makeCsvCorpus();
        }
        return corpus.stream().map(u -> new Upload(field, u.fileName(), u.content())).toList();
    }

    private static List<Upload> makeCsvCorpus() {
        String field = "file";
        String header = "cost line code,month,amount,reference,description\n";
        StringBuilder many = new StringBuilder(header);
        for (int i = 0; i < 100_000; i++) {
            many.append("WF-01,2022-04,1.00,R").append(i).append(",row\n");
        }
        byte[] binary = new byte[2048];
        new java.util.Random(42).nextBytes(binary);
        return List.of(
                new Upload(field, "empty.csv", new byte[0]),
                new Upload(field, "binary.csv", binary),
                new Upload(field, "latin1.csv", (header + "WF-01,2022-04,1.00,R1,caf\u00e9\n").getBytes(Charset.forName("windows-1252"))),
                new Upload(field, "null-byte.csv", (header + "WF-01,2022-04,1.00,R\u00001,row\n").getBytes(StandardCharsets.UTF_8)),
                new Upload(field, "many-rows.csv", many.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
