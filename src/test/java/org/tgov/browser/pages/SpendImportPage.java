package org.tgov.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;

/** The spend import page of a programme, and the preview a file leads to. */
public class SpendImportPage extends Page {

    public SpendImportPage(Browser browser) {
        super(browser, "Spend imports");
    }

    public static SpendImportPage open(Browser browser, String programmePath) {
        browser.open(programmePath + "/spend-imports");
        return new SpendImportPage(browser);
    }

    public Preview upload(Path file) {
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait(By.xpath("//button[normalize-space()='Check the file']"));
        return new Preview(browser, file.getFileName().toString());
    }

    /** What a file would import, and every problem with it. */
    public static class Preview extends Page {

        Preview(Browser browser, String fileName) {
            super(browser, "Check " + fileName);
        }

        public List<String> problems() {
            return browser.texts(By.cssSelector("[data-test='problems'] .govuk-error-summary__list li"));
        }

        public boolean canImport() {
            return browser.isPresent(By.cssSelector("[data-test='import']"));
        }

        public SpendImportPage importAll() {
            browser.clickAndWait(By.cssSelector("[data-test='import']"));
            return new SpendImportPage(browser);
        }
    }
}
