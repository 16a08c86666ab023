package org.tgov.browser.pages;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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

        public EntryForm change() {
            browser.clickAndWait(By.linkText("Change this action"));
            return new EntryForm(browser, "Change action");
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

    /** The form that adds an action or changes one; selects are chosen by the text of their options. */
    public static class EntryForm extends Page {

        public EntryForm(Browser browser, String expectedHeading) {
            super(browser, expectedHeading);
        }

        public EntryForm reference(String text) {
            type("reference", text);
            return this;
        }

        public EntryForm title(String text) {
            type("title", text);
            return this;
        }

        public EntryForm choose(String selectId, String optionText) {
            new Select(browser.find(By.id(selectId))).selectByVisibleText(optionText);
            return this;
        }

        /** The first real choice of a select (after "Choose …"), for lists whose contents the test does not care about. */
        public EntryForm chooseFirst(String selectId) {
            new Select(browser.find(By.id(selectId))).selectByIndex(1);
            return this;
        }

        public EntryForm due(LocalDate date) {
            type("dueOn", Integer.toString(date.getDayOfMonth()));
            type("dueOn-month", Integer.toString(date.getMonthValue()));
            type("dueOn-year", Integer.toString(date.getYear()));
            return this;
        }

        public Shown save(String expectedHeading) {
            submit();
            return new Shown(browser, expectedHeading);
        }

        /** Sends the form expecting it back with its errors. */
        public EntryForm saveWithMistakes() {
            submit();
            return this;
        }

        private void submit() {
            browser.clickAndWait(By.xpath("//main//form[@method='post']//button[@type='submit']"));
        }

        private void type(String id, String text) {
            WebElement input = browser.find(By.id(id));
            input.clear();
            input.sendKeys(text);
        }
    }
}
