package org.tgov.browser.pages;

import java.util.List;
import org.openqa.selenium.By;

/** One governance body: its remit, chair and members. */
public class BodyPage extends Page {

    BodyPage(Browser browser) {
        super(browser, "");
        if (!browser.path().matches("/bodies/\\d+")) {
            throw new AssertionError("Expected a governance body's page but the browser shows " + browser.path());
        }
    }

    public String name() {
        return heading();
    }

    public String chair() {
        return browser.text(By.cssSelector("[data-test=chair]"));
    }

    /** Members as listed, the chair marked "(chair)". */
    public List<String> members() {
        return browser.texts(By.cssSelector("[data-test=members] li"));
    }
}
