package org.tgov.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Mistakes in templates that render without an error but show the wrong thing. */
class TemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z:]+\\b[^>]*>", Pattern.DOTALL);

    /**
     * Thymeleaf includes a fragment before it evaluates conditions on the same element, so
     * {@code <li th:if="..." th:replace="...">} always shows the fragment (every user saw the
     * administrators' menu item). The condition must wrap the element instead.
     */
    @Test
    void noConditionSitsBesideAFragmentInclusion() throws IOException {
        List<String> mistakes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher tag = TAG.matcher(html);
                while (tag.find()) {
                    String element = tag.group();
                    if (element.matches("(?s).*\\bth:(replace|insert)=.*")
                            && element.matches("(?s).*\\b(th:if|th:unless|sec:authorize|th:each)=.*")) {
                        mistakes.add(TEMPLATES.relativize(file) + " line " + (html.substring(0, tag.start()).lines().count()));
                    }
                }
            }
        }
        assertThat(mistakes).isEmpty();
    }
}
