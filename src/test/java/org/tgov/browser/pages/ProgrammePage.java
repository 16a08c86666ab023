package org.tgov.browser.pages;

import org.openqa.selenium.By;

/** One programme. */
public class ProgrammePage extends Page {

    ProgrammePage(Browser browser) {
        super(browser, "");
        if (!browser.path().matches("/programmes/\\d+")) {
            throw new AssertionError("Expected a programme's page but the browser shows " + browser.path());
        }
    }

    public String name() {
        return heading();
    }

    public String sro() {
        return browser.text(By.xpath("//dt[normalize-space()='Senior responsible owner']/following-sibling::dd"));
    }

    public ProgrammeFormPage change() {
        browser.clickAndWait(By.linkText("Change programme details"));
        return new ProgrammeFormPage(browser, "Change programme details");
    }
}
