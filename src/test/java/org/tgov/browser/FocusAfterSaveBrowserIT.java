package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tgov.browser.pages.CostLinePage;
import org.tgov.browser.pages.Page;
import org.tgov.browser.pages.WorkstreamFormPage;
import org.tgov.identity.Role;
import org.tgov.support.FinanceFixture;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.TestData;

/**
 * After a save, keyboard focus is on the success banner (GOV.UK Frontend moves it there when the
 * page loads), so that a screen reader announces what happened and the next Tab starts from there.
 * Each test saves in a council of its own, so the demo data other tests read is never changed.
 */
class FocusAfterSaveBrowserIT extends BrowserTestBase {

    private static final String BANNER = "div.govuk-notification-banner.govuk-notification-banner--success";

    @Autowired
    TestData data;

    @Autowired
    FinanceFixture finance;

    private FinanceSetup money;

    @BeforeEach
    void signInAsFinanceOfACouncilOfItsOwn() {
        TestData.Council council = data.council();
        money = finance.create(council);
        signInPage().signInLandingAnywhere(data.user(council, Role.FINANCE).getUsername(), TestData.PASSWORD);
    }

    @Test
    void recordingSpendOnACostLine() {
        CostLinePage saved = CostLinePage.open(browser, money.otherLineId()).recordSpend(4, 2022, "12.34");

        assertThat(saved.successBanner()).isEqualTo("Spend of £12.34 recorded for April 2022");
        assertBannerHasFocus(saved);
    }

    @Test
    void addingACommitmentToACostLine() {
        CostLinePage saved = CostLinePage.open(browser, money.otherLineId())
                .addCommitment(LocalDate.of(2022, 5, 3), "250.00", "Agency Ltd");

        assertThat(saved.successBanner()).isEqualTo("Commitment of £250.00 to Agency Ltd added");
        assertBannerHasFocus(saved);
    }

    @Test
    void addingAWorkstream() {
        Page saved = WorkstreamFormPage.open(browser, money.programmeId()).add("Early help");

        assertThat(saved.successBanner()).isEqualTo("Workstream added");
        assertBannerHasFocus(saved);
    }

    private void assertBannerHasFocus(Page saved) {
        assertThat(browser.focusedElement()).as("the element with keyboard focus on %s", saved.path()).isEqualTo(BANNER);
    }
}
