package org.tgov.browser.pages;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An action of the improvement plan, and the form that records a progress update on it. */
public final class ActionPages {

    private ActionPages() {
    }

    /** An action's page, with its history. */
    public static class Shown extends Page {

        public Shown(Browser browser, String expectedHeading) {
            super(browser, expectedHeading);
        }

        public ProgressForm recordProgress() {
            browser.clickAndWait(By.linkText("Record a progress update"));
            return new ProgressForm(browser);
        }

        /** The rows of the history table, latest first. */
        public List<String> history() {
            return browser.texts(By.cssSelector("[data-test=history] tbody tr"));
        }
    }

    /** The progress update form; radios are chosen by their labels. */
    public static class ProgressForm extends Page {

        ProgressForm(Browser browser) {
            super(browser, "Record a progress update");
        }

        public ProgressForm on(LocalDate date) {
            type("recordedOn", Integer.toString(date.getDayOfMonth()));
            type("recordedOn-month", Integer.toString(date.getMonthValue()));
            type("recordedOn-year", Integer.toString(date.getYear()));
            return this;
        }

        public ProgressForm choose(String fieldsetLegend, String label) {
            browser.find(By.xpath("//fieldset[legend[normalize-space()='" + fieldsetLegend + "']]//label[normalize-space()='"
                    + label + "']")).click();
            return this;
        }

        public ProgressForm commentary(String text) {
            type("commentary", text);
            return this;
        }

        public ProgressForm evidence(String link) {
            type("evidenceLink", link);
            return this;
        }

        public Shown save(String expectedHeading) {
            browser.clickAndWait(By.xpath("//button[normalize-space()='Save progress update']"));
            return new Shown(browser, expectedHeading);
        }

        private void type(String id, String text) {
            WebElement input = browser.find(By.id(id));
            input.clear();
            input.sendKeys(text);
        }
    }
}
