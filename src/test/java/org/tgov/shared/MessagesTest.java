package org.tgov.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence a rule or a page asks for by its code exists, and every sentence survives
 * MessageFormat (the application formats all messages, so an apostrophe is written twice).
 */
class MessagesTest {

    static final Path MAIN = Path.of("src/main");
    static final Path BUNDLES = MAIN.resolve("resources");

    /** Message codes named in Java: refusals, stale edits, and form errors given as a dotted code. */
    static final List<Pattern> JAVA_CODES = List.of(
            Pattern.compile("Refusal\\.about\\([^,()]+, \"([a-zA-Z0-9.]*[a-zA-Z0-9])\""),
            Pattern.compile("Refusal\\.of\\(\"([a-zA-Z0-9.]*[a-zA-Z0-9])\""),
            Pattern.compile("new StaleEditException\\(\"([a-zA-Z0-9.]*[a-zA-Z0-9])\""),
            Pattern.compile("\\.reject\\(\"([a-zA-Z0-9]+\\.[a-zA-Z0-9.]*[a-zA-Z0-9])\""),
            Pattern.compile("\\.rejectValue\\(\"[^\"]+\", \"([a-zA-Z0-9]+\\.[a-zA-Z0-9.]*[a-zA-Z0-9])\""));

    /** Message codes named in templates: #{code} and #messages.msg('code'). */
    static final List<Pattern> TEMPLATE_CODES = List.of(
            Pattern.compile("#\\{([a-zA-Z0-9]+\\.[a-zA-Z0-9.]+)}"),
            Pattern.compile("#messages\\.msg\\('([a-zA-Z0-9.]+)'"));

    @Test
    void everyCodeTheCodeNamesHasASentence() throws IOException {
        Properties messages = allMessages();
        Set<String> missing = new TreeSet<>();
        for (Path file : files(MAIN.resolve("java"), ".java")) {
            codes(Files.readString(file), JAVA_CODES).stream().filter(code -> !messages.containsKey(code))
                    .forEach(code -> missing.add(code + " (" + file.getFileName() + ")"));
        }
        for (Path file : files(BUNDLES.resolve("templates"), ".html")) {
            codes(Files.readString(file), TEMPLATE_CODES).stream().filter(code -> !messages.containsKey(code))
                    .forEach(code -> missing.add(code + " (" + file.getFileName() + ")"));
        }
        assertThat(missing).as("codes without a sentence in the messages files").isEmpty();
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
