package org.tgov.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * Every sentence users read lives in the messages files, once: every code the code or a page asks
 * for has its sentence, no sentence is written in Java (a heuristic, with a small list of what is
 * knowingly left there), no two codes say the same, and every sentence survives MessageFormat (the
 * application formats all messages, so an apostrophe is written twice).
 */
class MessagesTest {

    static final Path MAIN = Path.of("src/main");
    static final Path JAVA = MAIN.resolve("java");
    static final Path BUNDLES = MAIN.resolve("resources");

    /**
     * A message code as the code names it: dotted words, such as {@code funding.stream.added}, or in
     * braces as a Bean Validation annotation's message, such as <code>{name.tooLong}</code>.
     */
    static final Pattern JAVA_CODE = Pattern.compile("(\\{)?([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)(})?");

    /** Message codes named in templates: #{code} and #messages.msg('code'). */
    static final List<Pattern> TEMPLATE_CODES = List.of(
            Pattern.compile("#\\{([a-zA-Z0-9]+\\.[a-zA-Z0-9.]+)}"),
            Pattern.compile("#messages\\.msg\\('([a-zA-Z0-9.]+)'"));

    /** What looks like a sentence: a capital letter (or a pound sign) and a space. */
    static final Pattern SENTENCE = Pattern.compile("^[A-Z£].* .*", Pattern.DOTALL);

    /** Statements whose text is for developers, never for a page: logging, exceptions, date patterns. */
    static final Pattern NOT_FOR_A_PAGE = Pattern.compile(
            "\\blog\\.(trace|debug|info|warn|error)\\(|\\bthrow\\b|\\bnew \\w*(Exception|Error)\\(|\\bofPattern\\(");

    /** The Java left knowingly with English in it, by path under src/main/java, and why. */
    static final Map<String, String> LEFT_IN_JAVA = Map.ofEntries(
            Map.entry("org/tgov/demo/", "the demo programme's data, taken from the council's papers"),
            Map.entry("package-info.java", "module documentation for developers"),
            // The labels of the domain's constants are the vocabulary of every page and download; moving
            // them means templates reading #{...} and options resolved per request: a step of its own.
            Map.entry("org/tgov/identity/Role.java", "labels of constants"),
            Map.entry("org/tgov/boards/BodyType.java", "labels of constants"),
            Map.entry("org/tgov/boards/Cadence.java", "labels of constants"),
            Map.entry("org/tgov/funding/FundingStreamType.java", "labels of constants"),
            Map.entry("org/tgov/programme/ProgrammeStatus.java", "labels of constants"),
            Map.entry("org/tgov/budget/CostCategory.java", "labels of constants"),
            Map.entry("org/tgov/budget/ChangeRequestType.java", "labels of constants"),
            Map.entry("org/tgov/budget/ChangeRequestStatus.java", "labels of constants"),
            Map.entry("org/tgov/improvement/InterventionKind.java", "labels of constants"),
            Map.entry("org/tgov/improvement/Compliance.java", "labels of constants"),
            Map.entry("org/tgov/improvement/Rating.java", "labels of constants"),
            Map.entry("org/tgov/improvement/ActionStatus.java", "labels of constants"),
            Map.entry("org/tgov/improvement/PlanStatus.java", "labels of constants"),
            Map.entry("org/tgov/improvement/Polarity.java", "labels of constants"),
            Map.entry("org/tgov/improvement/Frequency.java", "labels of constants"),
            Map.entry("org/tgov/improvement/InspectionType.java", "labels of constants"),
            Map.entry("org/tgov/improvement/OfstedJudgement.java", "labels of constants"),
            // Report headings and row labels, built outside a request and shared by pages and downloads.
            Map.entry("org/tgov/reporting/Charts.java", "chart titles and series"),
            Map.entry("org/tgov/reporting/ProgrammeFinance.java", "row labels of the finance report"),
            Map.entry("org/tgov/reporting/web/FinanceTables.java", "headings of the CSV and Excel downloads"),
            Map.entry("org/tgov/improvement/web/ActionDownloads.java", "headings of the CSV and Excel downloads"),
            Map.entry("org/tgov/improvement/web/MeasureDownloads.java", "headings of the CSV and Excel downloads"),
            Map.entry("org/tgov/improvement/web/RequirementDownloads.java", "headings of the CSV and Excel downloads"));

    @Test
    void everyCodeTheCodeNamesHasASentence() throws IOException {
        Properties messages = allMessages();
        Set<String> prefixes = messages.stringPropertyNames().stream().filter(code -> code.contains("."))
                .map(code -> code.substring(0, code.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Path file : files(JAVA, ".java")) {
            for (JavaStrings.Literal literal : JavaStrings.of(Files.readString(file))) {
                Matcher code = JAVA_CODE.matcher(literal.text());
                boolean named = code.matches() && (code.group(1) != null && code.group(3) != null
                        || code.group(1) == null && code.group(3) == null
                        && prefixes.stream().anyMatch(code.group(2)::startsWith));
                if (named && !messages.containsKey(code.group(2))) {
                    missing.add(code.group(2) + " (" + file.getFileName() + ":" + literal.line() + ")");
                }
            }
        }
        for (Path file : files(BUNDLES.resolve("templates"), ".html")) {
            codes(Files.readString(file), TEMPLATE_CODES).stream().filter(code -> !messages.containsKey(code))
                    .forEach(code -> missing.add(code + " (" + file.getFileName() + ")"));
        }
        assertThat(missing).as("codes without a sentence in the messages files").isEmpty();
    }

    @Test
    void noSentenceIsWrittenInJava() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            String path = JAVA.relativize(file).toString().replace('\\', '/');
            if (LEFT_IN_JAVA.keySet().stream().anyMatch(left -> path.startsWith(left) || path.endsWith(left))) {
                continue;
            }
            boolean exception = file.getFileName().toString().endsWith("Exception.java");
            for (JavaStrings.Literal literal : JavaStrings.of(Files.readString(file))) {
                boolean forAPage = !NOT_FOR_A_PAGE.matcher(literal.statement()).find()
                        && !(exception && literal.statement().contains("super("));
                if (forAPage && SENTENCE.matcher(literal.text()).matches()) {
                    sentences.add(path + ":" + literal.line() + ": " + literal.text());
                }
            }
        }
        assertThat(sentences).as("sentences written in Java: give each a code in the messages files "
                + "(Refusal, FieldName, Notices, rejectValue, message = \"{code}\")").isEmpty();
    }

    /** One sentence per meaning: a sentence said in several places has one code, its values saying the rest. */
    @Test
    void noTwoCodesSayTheSame() throws IOException {
        Map<String, List<String>> codesBySentence = new TreeMap<>();
        Properties messages = allMessages();
        // Spring asks for typeMismatch by the field's type: Integer and int are one sentence under two codes.
        // Labels of a word or three may coincide ("Change requests": a tab, and a legend on the body form).
        messages.stringPropertyNames().stream().filter(code -> !code.startsWith("typeMismatch"))
                .filter(code -> messages.getProperty(code).split(" ").length > 3).sorted()
                .forEach(code -> codesBySentence.computeIfAbsent(messages.getProperty(code), s -> new ArrayList<>()).add(code));
        codesBySentence.values().removeIf(codes -> codes.size() == 1);
        assertThat(codesBySentence).as("sentences with more than one code: keep one").isEmpty();
    }

    @Test
    void everyMessagesFileIsRead() throws IOException {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(BUNDLES.resolve("application.yml")));
        List<String> read = List.of(yaml.getObject().getProperty("spring.messages.basename").split("\\s*,\\s*"));
        List<String> files = bundles().stream().map(file -> BUNDLES.relativize(file).toString().replace('\\', '/')
                .replace(".properties", "")).toList();
        assertThat(read).as("spring.messages.basename").containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void everyApostropheIsWrittenTwice() throws IOException {
        List<String> single = new ArrayList<>();
        for (Path file : bundles()) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String sentence = properties.getProperty(key);
                if (sentence.replace("''", "").contains("'")) {
                    single.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(single).as("sentences with a single apostrophe, which MessageFormat would drop").isEmpty();
    }

    @Test
    void noCodeIsDefinedTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (Path file : bundles()) {
            load(file).stringPropertyNames().forEach(key -> {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            });
        }
        assertThat(twice).as("codes defined in more than one messages file").isEmpty();
    }

    static Properties allMessages() throws IOException {
        Properties all = new Properties();
        for (Path file : bundles()) {
            all.putAll(load(file));
        }
        return all;
    }

    static List<Path> bundles() throws IOException {
        List<Path> bundles = new ArrayList<>(files(BUNDLES.resolve("messages"), ".properties"));
        bundles.add(BUNDLES.resolve("messages.properties"));
        return bundles;
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> codes(String text, List<Pattern> patterns) {
        Set<String> codes = new TreeSet<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                codes.add(matcher.group(1));
            }
        }
        return codes;
    }

    static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
