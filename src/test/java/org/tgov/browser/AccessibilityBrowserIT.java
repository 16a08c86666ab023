package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tgov.browser.pages.BodyListPage;
import org.tgov.browser.pages.HomePage;
import org.tgov.browser.pages.NotFoundPage;
import org.tgov.browser.pages.Page;
import org.tgov.browser.pages.ProgrammeFormPage;
import org.tgov.browser.pages.ProgrammeListPage;
import org.tgov.browser.pages.SignInPage;

/**
 * axe-core finds no serious or critical WCAG 2.2 AA violation on the pages people use, including
 * with errors shown. (Every page object also checks its page has no inline script or style.)
 */
class AccessibilityBrowserIT extends BrowserTestBase {

    @Test
    void signIn() {
        checked(signInPage());
    }

    @Test
    void signInWithTheErrorShown() {
        SignInPage refused = signInPage().signInRefused("nobody", "wrong-password");

        assertThat(refused.errorSummary().isShown()).isTrue();
        checked(refused);
    }

    @Test
    void home() {
        checked(signInAs("officer"));
    }

    @Test
    void programmeList() {
        signInAs("officer");

        checked(ProgrammeListPage.open(browser));
    }

    @Test
    void programme() {
        HomePage home = signInAs("officer");

        checked(home.openProgramme(PROGRAMME));
    }

    @Test
    void programmeForm() {
        HomePage home = signInAs("officer");

        checked(home.openProgramme(PROGRAMME).change());
    }

    @Test
    void programmeFormWithErrorsShown() {
        ProgrammeFormPage form = signInAs("officer").openProgramme(PROGRAMME).change();

        // Nothing is saved: the form comes back with its errors.
        ProgrammeFormPage withErrors = form.name("").sro("").aims("").saveWithErrors();

        assertThat(withErrors.errorSummary().errors()).hasSizeGreaterThanOrEqualTo(3);
        checked(withErrors);
    }

    @Test
    void bodyList() {
        signInAs("sro");

        checked(BodyListPage.open(browser));
    }

    @Test
    void body() {
        signInAs("sro");

        checked(BodyListPage.open(browser).openBody("Operational Improvement Board"));
    }

    @Test
    void pageNotFound() {
        signInAs("officer");

        checked(NotFoundPage.open(browser, "/programmes/987654321"));
    }

    /** Takes the page object, whose creation checked the page for inline code, and runs axe-core. */
    private void checked(Page page) {
        AxeCheck.assertNoSeriousViolations(browser);
    }
}
