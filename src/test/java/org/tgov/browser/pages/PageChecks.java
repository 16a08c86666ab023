package org.tgov.browser.pages;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Checks every page object runs on the page it represents: the Content-Security-Policy allows no
 * inline script or style, so none may be on the page, and the console must show no violation.
 */
public final class PageChecks {

    private static final String FIND_INLINE_CODE = """
            const describe = element => element.outerHTML.slice(0, 120);
            return {
              scripts: [...document.querySelectorAll('script:not([src])')].map(describe),
              styleAttributes: [...document.querySelectorAll('[style]')].map(describe),
              styleElements: [...document.querySelectorAll('style')].map(describe)
            };""";

    private PageChecks() {
    }

    public static void assertNoInlineCode(Browser browser) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> found = (Map<String, List<String>>) ((JavascriptExecutor) browser.driver())
                .executeScript(FIND_INLINE_CODE);
        List<String> violations = contentSecurityPolicyViolations(browser);
        String page = browser.path();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(found.get("scripts")).as("<script> without src on %s", page).isEmpty();
            softly.assertThat(found.get("styleAttributes")).as("style attributes on %s", page).isEmpty();
            softly.assertThat(found.get("styleElements")).as("<style> elements on %s", page).isEmpty();
            softly.assertThat(violations).as("Content-Security-Policy violations on %s", page).isEmpty();
        });
    }

    /** Empties the browser console, so that each test reads only what its own pages logged. */
    public static void clearConsole(WebDriver driver) {
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** Reads (and so empties) the browser console, keeping the Content-Security-Policy reports. */
    private static List<String> contentSecurityPolicyViolations(Browser browser) {
        return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }
}
