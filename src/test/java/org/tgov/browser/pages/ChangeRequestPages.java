package org.tgov.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Drafting a change request, and the change request's own page. */
public final class ChangeRequestPages {

    private ChangeRequestPages() {
    }

    /** The draft form. */
    public static class Draft extends Page {

        public Draft(Browser browser) {
            super(browser, "Draft a change request");
        }

        public static Draft open(Browser browser, String programmePath) {
            browser.open(programmePath + "/change-requests/new");
            return new Draft(browser);
        }

        public Draft type(String label) {
            browser.find(By.xpath("//label[normalize-space()='" + label + "']")).click();
            return this;
        }

        public Draft title(String title) {
            browser.find(By.id("title")).sendKeys(title);
            return this;
        }

        public Draft rationale(String rationale) {
            browser.find(By.id("rationale")).sendKeys(rationale);
            return this;
        }

        public Draft line(int index, String costLine, String year, String amount) {
            new Select(browser.find(By.id("lines[" + index + "].costLineId"))).selectByVisibleText(costLine);
            new Select(browser.find(By.id("lines[" + index + "].year"))).selectByVisibleText(year);
            browser.find(By.id("lines[" + index + "].amount")).sendKeys(amount);
            return this;
        }

        public Shown save() {
            browser.clickAndWait(By.xpath("//button[normalize-space()='Save as draft']"));
            return new Shown(browser);
        }
    }

    /** A change request's page. */
    public static class Shown extends Page {

        public Shown(Browser browser) {
            super(browser, "Change request #");
        }

        public String status() {
            return browser.text(By.cssSelector("[data-test='summary'] .govuk-tag"));
        }

        public Shown submit() {
            browser.clickAndWait(By.cssSelector("[data-test='submit']"));
            return new Shown(browser);
        }

        /** Records the deciding body's decision: "Approve" or "Reject", the meeting's date and its minute. */
        public Shown decide(String outcome, java.time.LocalDate meeting, String minute) {
            browser.find(By.xpath("//label[normalize-space()='" + outcome + "']")).click();
            browser.find(By.id("meetingDate")).sendKeys(Integer.toString(meeting.getDayOfMonth()));
            browser.find(By.id("meetingDate-month")).sendKeys(Integer.toString(meeting.getMonthValue()));
            browser.find(By.id("meetingDate-year")).sendKeys(Integer.toString(meeting.getYear()));
            browser.find(By.id("minuteReference")).sendKeys(minute);
            browser.clickAndWait(By.xpath("//button[normalize-space()='Record the decision']"));
            return new Shown(browser);
        }

        /** Each budget change as shown: cost line, year, change, budget now (after approval, including it). */
        public java.util.List<String> lines() {
            return browser.texts(By.cssSelector("[data-test='line']"));
        }
    }
}
