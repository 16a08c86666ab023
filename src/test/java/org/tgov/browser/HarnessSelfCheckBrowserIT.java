package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.tgov.browser.pages.PageChecks;

/** The checks catch what they are meant to catch, so that a passing run means something. */
class HarnessSelfCheckBrowserIT extends BrowserTestBase {

    @Test
    void axeCheckReportsASeriousViolation() {
        signInPage();
        run("const image = document.createElement('img'); image.src = '/images/favicon.svg';"
                + "document.querySelector('main').append(image);");

        assertThatThrownBy(() -> AxeCheck.assertNoSeriousViolations(browser))
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("/sign-in");
    }

    @Test
    void pageChecksReportInlineStyles() {
        signInPage();
        run("document.querySelector('h1').setAttribute('style', 'color: red');");

        assertThatThrownBy(() -> PageChecks.assertNoInlineCode(browser)).hasMessageContaining("style attributes");
    }

    @Test
    void pageChecksReportAnInlineScriptTheBrowserRefusedEvenOnceItIsGone() {
        signInPage();
        run("const script = document.createElement('script'); script.textContent = 'window.ran = true;';"
                + "document.body.append(script); script.remove();");

        assertThatThrownBy(() -> PageChecks.assertNoInlineCode(browser))
                .hasMessageContaining("Content-Security-Policy violations");
    }

    @Test
    void reflowCheckReportsATableWiderThanTheViewportOutsideAScrollRegion(WebDriver driver) {
        try (ZoomedViewport viewport = ZoomedViewport.at400Percent(driver)) {
            signInPage();
            assertThat(ReflowCheck.problems(browser)).isEmpty();

            run("document.querySelector('main').insertAdjacentHTML('beforeend', '<table class=\"govuk-table\"><tr>"
                    + "<td class=\"tgov-nowrap\">A table cell far wider than 320 CSS pixels of the viewport</td></tr></table>');");

            assertThat(ReflowCheck.problems(browser)).singleElement().asString()
                    .startsWith("the page is").contains("more than 320").contains("<table class=\"govuk-table\">");
        }
    }

    @Test
    void reflowCheckReportsAScrollRegionTheKeyboardCannotReachOrItsCaptionDoesNotName(WebDriver driver) {
        try (ZoomedViewport viewport = ZoomedViewport.at400Percent(driver)) {
            signInPage();
            run("document.querySelector('main').insertAdjacentHTML('beforeend', '<div class=\"tgov-table-scroll\" "
                    + "role=\"region\" aria-labelledby=\"no-such-caption\"><table class=\"govuk-table\">"
                    + "<caption>Tranches</caption><tr><td>1</td></tr></table></div>');");

            assertThat(ReflowCheck.problems(browser))
                    .anySatisfy(problem -> assertThat(problem).contains("cannot be reached by keyboard"))
                    .anySatisfy(problem -> assertThat(problem).contains("has no accessible name"));
        }
    }

    private void run(String script) {
        ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
