package org.tgov.browser.pages;

import java.util.List;
import org.openqa.selenium.By;

/** The governance bodies of the organisation. */
public class BodyListPage extends Page {

    BodyListPage(Browser browser) {
        super(browser, "Governance bodies");
    }

    public static BodyListPage open(Browser browser) {
        browser.open("/bodies");
        return new BodyListPage(browser);
    }

    public List<String> bodies() {
        return browser.texts(By.cssSelector("main table tbody tr td:first-child a"));
    }

    public BodyPage openBody(String name) {
        browser.clickAndWait(browser.find(By.cssSelector("main table")).findElement(By.linkText(name)));
        return new BodyPage(browser);
    }
}
