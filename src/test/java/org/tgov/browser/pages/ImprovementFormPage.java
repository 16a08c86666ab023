package org.tgov.browser.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One of the improvement record's entry forms (a notice or direction, a requirement, an inspection, a
 * recommendation): boxes are filled by their ids, radios and selects chosen by what their labels say.
 */
public class ImprovementFormPage extends Page {

    public ImprovementFormPage(Browser browser, String expectedHeading) {
        super(browser, expectedHeading);
    }

    public ImprovementFormPage type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** The three boxes of a GOV.UK date input whose day box has this id. */
    public ImprovementFormPage date(String id, LocalDate date) {
        type(id, Integer.toString(date.getDayOfMonth()));
        type(id + "-month", Integer.toString(date.getMonthValue()));
        return type(id + "-year", Integer.toString(date.getYear()));
    }

    public ImprovementFormPage choose(String fieldsetLegend, String label) {
        browser.find(By.xpath("//fieldset[legend[normalize-space()='" + fieldsetLegend + "']]//label[normalize-space()='"
                + label + "']")).click();
        return this;
    }

    public ImprovementFormPage select(String id, String optionLabel) {
        new Select(browser.find(By.id(id))).selectByVisibleText(optionLabel);
        return this;
    }

    /** Presses the form's button and lands on the list, whose heading is given. */
    public SectionPage save(String button, String listHeading) {
        browser.clickAndWait(By.xpath("//button[normalize-space()='" + button + "']"));
        return new SectionPage(browser, listHeading);
    }

    /** Presses the form's button and stays on the form, which shows what is wrong. */
    public ImprovementFormPage saveRefused(String button, String expectedHeading) {
        browser.clickAndWait(By.xpath("//button[normalize-space()='" + button + "']"));
        return new ImprovementFormPage(browser, expectedHeading);
    }
}
