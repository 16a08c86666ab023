package org.tgov.browser.pages;

import org.openqa.selenium.By;

/** A page inside a programme (finance, funding, cost lines...), recognised by its heading. */
public class SectionPage extends Page {

    public SectionPage(Browser browser, String expectedHeading) {
        super(browser, expectedHeading);
    }

    /** The text of the element marked {@code data-test="name"}. */
    public String marked(String name) {
        return browser.text(By.cssSelector("[data-test='" + name + "']"));
    }

    public SectionPage follow(String linkText, String expectedHeading) {
        browser.clickAndWait(By.linkText(linkText));
        return new SectionPage(browser, expectedHeading);
    }
}
