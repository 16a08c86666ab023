package org.tgov.browser.pages;

import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** One programme. */
public class ProgrammePage extends Page {

    private static final Pattern PATH = Pattern.compile("/programmes/\\d+");

    ProgrammePage(Browser browser) {
        super(browser, PATH);
    }

    public String name() {
        return heading();
    }

    public ProgrammeFormPage change() {
        browser.clickAndWait(By.linkText("Change programme details"));
        return new ProgrammeFormPage(browser, "Change programme details");
    }
}
