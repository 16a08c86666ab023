package org.tgov.browser.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * A page of the application. Creating one checks that the browser shows that page (by its main
 * heading or its address) and that the page carries no inline script or style.
 */
public abstract class Page {

    protected final Browser browser;

    /** A page recognised by its address; {@code pathPattern} is a regular expression. */
    protected Page(Browser browser, Pattern pathPattern) {
        this.browser = browser;
        assertThat(browser.path()).as("the page the browser shows").matches(pathPattern);
        PageChecks.assertNoInlineCode(browser);
    }

    /** A page recognised by its main heading, which contains {@code expectedHeading}. */
    protected Page(Browser browser, String expectedHeading) {
        this.browser = browser;
        assertThat(heading()).as("main heading of %s", browser.path()).contains(expectedHeading);
        PageChecks.assertNoInlineCode(browser);
    }

    public String heading() {
        return browser.text(By.cssSelector("main h1"));
    }

    public String title() {
        return browser.title();
    }

    public String path() {
        return browser.path();
    }

    public Header header() {
        return new Header(browser);
    }

    public ErrorSummary errorSummary() {
        return new ErrorSummary(browser);
    }

    /** The text of the green success banner, or null when there is none. */
    public String successBanner() {
        var banners = browser.texts(By.cssSelector(".govuk-notification-banner--success .govuk-notification-banner__heading"));
        return banners.isEmpty() ? null : banners.get(0);
    }

    public String visibleText() {
        return browser.visibleText();
    }
}
