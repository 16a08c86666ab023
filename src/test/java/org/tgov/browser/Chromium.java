package org.tgov.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole test run. The binary and driver come from the environment
 * variables {@code CHROME_BINARY} and {@code CHROMEDRIVER} (CI), by default Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}. A missing browser fails the tests:
 * browser tests are never skipped silently.
 */
final class Chromium implements AutoCloseable {

    static final String INSTALL_HINT = "Install them with `apt-get install -y chromium chromium-driver` "
            + "(or set CHROME_BINARY and CHROMEDRIVER to their paths).";

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start() {
        Path binary = executable("CHROME_BINARY", "/usr/bin/chromium", "Chromium");
        Path chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver", "ChromeDriver");
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1024", "--user-data-dir=" + profile);
        // Lets tests read the console, where Chromium reports Content-Security-Policy violations.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1024));
        System.out.println("[browser tests] " + driver.getCapabilities().getBrowserName() + " "
                + driver.getCapabilities().getBrowserVersion() + " from " + binary);
        return new Chromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Signs out of everything: cookies are per host, so this also covers other ports of localhost. */
    void clearCookies() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static Path executable(String variable, String fallback, String what) {
        String configured = System.getenv(variable);
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Browser tests need " + what + " at " + path + " (set " + variable
                    + " to use another). " + INSTALL_HINT);
        }
        return path;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("tgov-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
