package org.tgov.browser.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The form to add a programme or change its details. */
public class ProgrammeFormPage extends Page {

    ProgrammeFormPage(Browser browser, String heading) {
        super(browser, heading);
    }

    public ProgrammeFormPage name(String name) {
        return type("name", name);
    }

    public ProgrammeFormPage sro(String sro) {
        return type("sro", sro);
    }

    public ProgrammeFormPage start(LocalDate date) {
        return date("start", date);
    }

    public ProgrammeFormPage end(LocalDate date) {
        return date("end", date);
    }

    public ProgrammeFormPage aims(String aims) {
        return type("aims", aims);
    }

    public ProgrammeFormPage status(String label) {
        new Select(browser.find(By.id("status"))).selectByVisibleText(label);
        return this;
    }

    public String value(String field) {
        return browser.find(By.id(field)).getDomProperty("value");
    }

    /** The inline error shown above a field, without the visually hidden "Error:". */
    public String fieldError(String field) {
        return browser.text(By.id(field + "-error")).replaceFirst("^Error:\\s*", "");
    }

    /** Saves, expecting the details to be accepted. */
    public ProgrammePage save() {
        submit();
        return new ProgrammePage(browser);
    }

    /** Saves, expecting the form to come back with errors. */
    public ProgrammeFormPage saveWithErrors() {
        String heading = heading();
        submit();
        return new ProgrammeFormPage(browser, heading);
    }

    private void submit() {
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Save programme']"));
    }

    private ProgrammeFormPage date(String field, LocalDate date) {
        type(field, Integer.toString(date.getDayOfMonth()));
        type(field + "-month", Integer.toString(date.getMonthValue()));
        return type(field + "-year", Integer.toString(date.getYear()));
    }

    private ProgrammeFormPage type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
