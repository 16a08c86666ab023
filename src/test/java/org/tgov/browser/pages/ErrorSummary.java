package org.tgov.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The GOV.UK error summary at the top of a page with errors: each error links to its field. */
public record ErrorSummary(Browser browser) {

    private static final By LINKS = By.cssSelector(".govuk-error-summary__list a");

    public record Error(String message, String target) {
    }

    public boolean isShown() {
        return browser.isPresent(By.cssSelector(".govuk-error-summary"));
    }

    public List<Error> errors() {
        return browser.findAll(LINKS).stream()
                .map(link -> new Error(link.getText().trim(), link.getDomAttribute("href")))
                .toList();
    }

    /** Follows the error's link; GOV.UK Frontend then moves focus to the field. */
    public void follow(String message) {
        WebElement link = browser.findAll(LINKS).stream()
                .filter(candidate -> candidate.getText().trim().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("No error '" + message + "' in the summary: " + errors()));
        link.click();
    }
}
