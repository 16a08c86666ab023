package org.tgov.browser;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tgov.browser.pages.Browser;

/**
 * Runs axe-core on the page the browser shows, against WCAG 2.2 AA, and fails listing every
 * violation with a serious or critical impact.
 */
final class AxeCheck {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private AxeCheck() {
    }

    static void assertNoSeriousViolations(Browser browser) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
        if (results.getErrorMessage() != null) {
            fail("axe-core could not check " + browser.path() + ": " + results.getErrorMessage());
        }
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!serious.isEmpty()) {
            fail(serious.size() + " serious or critical accessibility violation(s) on " + browser.path() + ":\n"
                    + serious.stream().map(AxeCheck::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl() + "\n"
                + rule.getNodes().stream().map(AxeCheck::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    at " + node.getTarget() + ": " + node.getHtml();
    }
}
