package org.tgov.browser;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tgov.browser.pages.Browser;
import org.tgov.browser.pages.HomePage;
import org.tgov.browser.pages.SignInPage;

/** Base of the browser tests: the application, the shared browser, and a signed-out start. */
@BrowserTest
abstract class BrowserTestBase {

    static final String PROGRAMME = "Children's Services Transformation Programme";
    static final String ORGANISATION = "Herefordshire Council";

    @LocalServerPort
    private int port;

    protected Browser browser;

    @BeforeEach
    void connect(WebDriver driver) {
        browser = new Browser(driver, "http://localhost:" + port);
    }

    protected SignInPage signInPage() {
        return SignInPage.open(browser);
    }

    protected HomePage signInAs(String username) {
        return signInPage().signInAs(username);
    }
}
