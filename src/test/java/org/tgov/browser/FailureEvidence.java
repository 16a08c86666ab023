package org.tgov.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/** Keeps what the browser showed when a test failed, for the person (or CI artifact) reading the failure. */
final class FailureEvidence {

    private static final Path DIRECTORY = Path.of("target", "browser-failures");

    private FailureEvidence() {
    }

    static void save(WebDriver driver, String testName) {
        String name = testName.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "");
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(DIRECTORY.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
            System.out.println("[browser tests] " + testName + " failed on " + driver.getCurrentUrl() + "; see "
                    + DIRECTORY.resolve(name + ".png").toAbsolutePath());
        } catch (IOException | WebDriverException e) {
            System.out.println("[browser tests] could not keep the page of failed test " + testName + ": " + e);
        }
    }
}
