package org.tgov.browser.pages;

import java.util.List;
import org.openqa.selenium.By;

/** All programmes of the organisation. */
public class ProgrammeListPage extends Page {

    ProgrammeListPage(Browser browser) {
        super(browser, "Programmes");
    }

    public static ProgrammeListPage open(Browser browser) {
        browser.open("/programmes");
        return new ProgrammeListPage(browser);
    }

    public List<String> programmes() {
        return browser.texts(By.cssSelector("main table tbody tr td:first-child a"));
    }

    public ProgrammePage openProgramme(String name) {
        browser.clickAndWait(browser.find(By.cssSelector("main table")).findElement(By.linkText(name)));
        return new ProgrammePage(browser);
    }

    public ProgrammeFormPage addProgramme() {
        browser.clickAndWait(By.linkText("Add a programme"));
        return new ProgrammeFormPage(browser, "Add a programme");
    }
}
