package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tgov.browser.pages.BodyFormPage;
import org.tgov.browser.pages.BodyListPage;
import org.tgov.browser.pages.BodyPage;
import org.tgov.browser.pages.ErrorSummary;
import org.tgov.support.TestData;

/**
 * An administrator sets up a governance body, as a new council must before any of its change
 * requests can be decided. (The form answered 500 from the first commit until the crawl found it.)
 */
class BodyAdministrationBrowserIT extends BrowserTestBase {

    @Test
    void anAdministratorAddsAGovernanceBodyAfterCorrectingTheForm() {
        signInAs("admin");
        BodyFormPage form = BodyFormPage.add(BodyListPage.open(browser));
        AxeCheck.assertNoSeriousViolations(browser);

        form = form.chairRole("Leader of the council").saveWithErrors();

        assertThat(form.title()).startsWith("Error: Add a governance body");
        assertThat(form.errorSummary().errors()).extracting(ErrorSummary.Error::message)
                .containsExactly("Enter the body's name", "Select the type of body", "Select how often the body meets");
        AxeCheck.assertNoSeriousViolations(browser);

        String name = TestData.unique("Full Council");
        BodyPage body = form.name(name).type("Other").meets("Quarterly").remit("Sets the budget").save();

        assertThat(body.name()).isEqualTo(name);
        assertThat(body.successBanner()).isEqualTo("Governance body created");
        assertThat(body.chair()).contains("Leader of the council");
    }
}
