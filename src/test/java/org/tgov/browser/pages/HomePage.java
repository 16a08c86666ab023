package org.tgov.browser.pages;

import java.util.List;
import org.openqa.selenium.By;

/** The home page of a council's user: their programmes and the bodies they sit on. */
public class HomePage extends Page {

    HomePage(Browser browser) {
        super(browser, "Welcome");
    }

    public static HomePage open(Browser browser) {
        browser.open("/");
        return new HomePage(browser);
    }

    public List<String> programmes() {
        return browser.texts(By.cssSelector("[data-test=programmes] li > a"));
    }

    /** The bodies the user sits on, each with whether they chair it. */
    public List<BodyMembership> bodies() {
        return browser.findAll(By.cssSelector("[data-test=bodies] li")).stream()
                .map(item -> new BodyMembership(item.findElement(By.tagName("a")).getText().trim(),
                        item.findElements(By.cssSelector(".govuk-tag")).stream()
                                .anyMatch(tag -> tag.getText().trim().equals("Chair"))))
                .toList();
    }

    /** The change requests awaiting the decision of the body this person sits on, as "#12 Title". */
    public List<String> awaitingDecision() {
        return browser.texts(By.cssSelector("[data-test=awaiting-decision] li > a"));
    }

    public ChangeRequestPages.Shown openAwaiting(String linkText) {
        browser.clickAndWait(browser.find(By.cssSelector("[data-test=awaiting-decision]")).findElement(By.partialLinkText(linkText)));
        return new ChangeRequestPages.Shown(browser);
    }

    public BodyPage openBody(String name) {
        browser.clickAndWait(browser.find(By.cssSelector("[data-test=bodies]")).findElement(By.linkText(name)));
        return new BodyPage(browser);
    }

    public ProgrammePage openProgramme(String name) {
        browser.clickAndWait(browser.find(By.cssSelector("[data-test=programmes]")).findElement(By.linkText(name)));
        return new ProgrammePage(browser);
    }

    public record BodyMembership(String name, boolean chair) {
    }
}
