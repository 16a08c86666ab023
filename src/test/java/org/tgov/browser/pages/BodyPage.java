package org.tgov.browser.pages;

import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** One governance body: its remit, chair and members. */
public class BodyPage extends Page {

    private static final Pattern PATH = Pattern.compile("/bodies/\\d+");

    BodyPage(Browser browser) {
        super(browser, PATH);
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
