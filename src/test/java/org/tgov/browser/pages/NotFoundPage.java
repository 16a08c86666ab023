package org.tgov.browser.pages;

/** The page shown for an address that leads nowhere, or to another organisation's record. */
public class NotFoundPage extends Page {

    NotFoundPage(Browser browser) {
        super(browser, "Page not found");
    }

    public static NotFoundPage open(Browser browser, String path) {
        browser.open(path);
        return new NotFoundPage(browser);
    }
}
