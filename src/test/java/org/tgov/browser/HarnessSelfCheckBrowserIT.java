package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
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

    private void run(String script) {
        ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
