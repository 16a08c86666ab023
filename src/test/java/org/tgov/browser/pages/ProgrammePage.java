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

    /** Follows one of the programme's section links (Finance, Funding, Cost lines...). */
    public SectionPage section(String label, String expectedHeading) {
        browser.clickAndWait(By.cssSelector("nav[aria-label='Programme sections']").findElement(browser.driver())
                .findElement(By.linkText(label)));
        return new SectionPage(browser, expectedHeading);
    }

    public ProgrammeFormPage change() {
        browser.clickAndWait(By.linkText("Change programme details"));
        return new ProgrammeFormPage(browser, "Change programme details");
    }
}
