package org.tgov.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The form to add a governance body or change its details. */
public class BodyFormPage extends Page {

    BodyFormPage(Browser browser, String heading) {
        super(browser, heading);
    }

    /** From the list of bodies, as an administrator. */
    public static BodyFormPage add(BodyListPage list) {
        list.browser.clickAndWait(By.linkText("Add a governance body"));
        return new BodyFormPage(list.browser, "Add a governance body");
    }

    public BodyFormPage name(String name) {
        return type("name", name);
    }

    public BodyFormPage chairRole(String role) {
        return type("chairRole", role);
    }

    public BodyFormPage remit(String remit) {
        return type("remit", remit);
    }

    public BodyFormPage type(String label) {
        return choose("type", label);
    }

    public BodyFormPage chair(String name) {
        return choose("chairUserId", name);
    }

    public BodyFormPage meets(String label) {
        return choose("cadence", label);
    }

    public BodyPage save() {
        submit();
        return new BodyPage(browser);
    }

    public BodyFormPage saveWithErrors() {
        String heading = heading();
        submit();
        return new BodyFormPage(browser, heading);
    }

    private void submit() {
        browser.clickAndWait(By.xpath("//main//button[normalize-space()='Save body']"));
    }

    private BodyFormPage choose(String id, String label) {
        new Select(browser.find(By.id(id))).selectByVisibleText(label);
        return this;
    }

    private BodyFormPage type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }
}
