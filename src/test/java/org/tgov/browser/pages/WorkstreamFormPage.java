package org.tgov.browser.pages;

import org.openqa.selenium.By;

/** The form to add a workstream to a programme. */
public class WorkstreamFormPage extends Page {

    WorkstreamFormPage(Browser browser) {
        super(browser, "Add a workstream");
    }

    public static WorkstreamFormPage open(Browser browser, Long programmeId) {
        browser.open("/programmes/" + programmeId + "/workstreams/new");
        return new WorkstreamFormPage(browser);
    }

    /** Adds a workstream of this name, expecting it to be accepted: the programme's workstreams follow. */
    public SectionPage add(String name) {
        browser.find(By.id("name")).sendKeys(name);
        browser.clickAndWait(By.xpath("//button[normalize-space()='Save workstream']"));
        return new SectionPage(browser, "Workstreams");
    }
}
