package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tgov.browser.pages.ErrorSummary.Error;
import org.tgov.browser.pages.HomePage;
import org.tgov.browser.pages.SignInPage;

class SignInBrowserIT extends BrowserTestBase {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "admin, Ada Morgan",
            "officer, Sam Taylor",
            "finance, Priya Shah",
            "sro, Dana Price",
            "adviser, Chris Ellis",
            "resources, Robin Hale",
            "councillor, Cllr Jo Bevan",
            "cabinet, Cllr Lee Ward"})
    void everyDemoUserSignsInSeesTheProgrammeAndSignsOut(String username, String name) {
        HomePage home = signInAs(username);

        assertThat(home.programmes()).contains(PROGRAMME);
        assertThat(home.header().organisation()).isEqualTo(ORGANISATION);
        assertThat(home.header().signedInUser()).isEqualTo(name);

        SignInPage signedOut = home.header().signOut();

        assertThat(signedOut.successBanner()).contains("You have signed out");
        assertThat(signedOut.header().isSignedIn()).isFalse();
        assertThat(pathAfterOpening("/")).isEqualTo("/sign-in");
    }

    @Test
    void platformAdministratorLandsOnTheOrganisationsAndSeesNoProgramme() {
        signInPage().signInLandingAnywhere("platform");

        assertThat(browser.path()).isEqualTo("/platform/organisations");
        assertThat(browser.visibleText()).doesNotContain(PROGRAMME);
        assertThat(browser.title()).doesNotContain(PROGRAMME);
    }

    @Test
    void aWrongPasswordIsRefusedAndTheUserStaysSignedOut() {
        SignInPage refused = signInPage().signInRefused("councillor", "not-the-password");

        assertThat(refused.title()).startsWith("Error:");
        assertThat(refused.errorSummary().errors()).containsExactly(
                new Error("The username or password is not correct. Check them and try again.", "#username"));
        assertThat(refused.header().isSignedIn()).isFalse();
        assertThat(pathAfterOpening("/programmes")).isEqualTo("/sign-in");
    }

    /** Nothing is locked: the page says how long to wait, and the same whether or not the account exists. */
    @Test
    void afterTooManyWrongPasswordsThePageSaysHowLongToWait() {
        String username = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        SignInPage page = signInPage();
        for (int attempt = 1; attempt <= 5; attempt++) {
            page = page.signInRefused(username, "wrong-" + attempt);
            assertThat(page.errorSummary().errors()).extracting(Error::message)
                    .containsExactly("The username or password is not correct. Check them and try again.");
        }

        SignInPage throttled = page.signInRefused(username, "wrong-6");

        assertThat(throttled.title()).startsWith("Error:");
        assertThat(throttled.errorSummary().errors()).containsExactly(
                new Error("You have tried to sign in too many times. Wait 3 minutes, then try again.", "#username"));
    }

    /** Where the browser ends up: a signed-out visitor is sent to the sign-in page. */
    private String pathAfterOpening(String path) {
        browser.open(path);
        return browser.path();
    }
}
