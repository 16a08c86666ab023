package org.tgov.browser.pages;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The shared browser pointed at the application under test. */
public record Browser(WebDriver driver, String baseUrl) {

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Clicks a link or button that leads to another page and waits until the browser has left
     * the current one, so that nothing is read from the page being replaced.
     */
    public void clickAndWait(WebElement element) {
        WebElement current = find(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(current));
    }

    public void clickAndWait(By by) {
        clickAndWait(find(by));
    }

    /** The path of the page shown now, for example {@code /programmes/1}. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return find(by).getText().trim();
    }

    public List<String> texts(By by) {
        return findAll(by).stream().map(element -> element.getText().trim()).toList();
    }

    public boolean isPresent(By by) {
        return !findAll(by).isEmpty();
    }

    public String title() {
        return driver.getTitle();
    }

    /** The id of the element that has keyboard focus. */
    public String focusedElementId() {
        return driver.switchTo().activeElement().getDomAttribute("id");
    }

    /**
     * The element that has keyboard focus once the page has loaded and its scripts have run, as
     * {@code tag.class.class} (for example {@code body.govuk-template__body}).
     */
    public String focusedElement() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        WebElement focused = driver.switchTo().activeElement();
        String classes = focused.getDomAttribute("class");
        return focused.getTagName() + (classes == null || classes.isBlank() ? "" : "." + String.join(".", classes.trim().split("\\s+")));
    }

    /** Everything a person can read on the page. */
    public String visibleText() {
        return find(By.tagName("body")).getText();
    }
}
