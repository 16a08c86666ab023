package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.tgov.browser.pages.ChangeRequestPages;
import org.tgov.browser.pages.HomePage;

/**
 * The Resources Board chair's journey: a virement the officer submitted waits on her home page; she
 * opens it, sees what it does to each budget and forecast, and records the board's approval with
 * the meeting's date and minute; the budgets move.
 */
class ChangeRequestDecisionBrowserIT extends BrowserTestBase {

    private static final String TITLE = "Training budget from agency spend";

    @Test
    void theChairFindsTheRequestOnHerHomePageAndRecordsTheBoardsApproval() {
        String programmePath = signInAs("officer").openProgramme(PROGRAMME).path();
        ChangeRequestPages.Draft.open(browser, programmePath)
                .type("Virement")
                .title(TITLE)
                .rationale("Practice development needs more than agency cover.")
                .line(0, "WF-04 Agency social workers", "2022/23", "-50000")
                .line(1, "SPD-02 Practice development and training", "2022/23", "50000")
                .save()
                .submit()
                .header().signOut();

        HomePage home = signInAs("resources");
        assertThat(home.awaitingDecision()).anyMatch(request -> request.endsWith(TITLE));
        ChangeRequestPages.Shown request = home.openAwaiting(TITLE);
        assertThat(request.lines()).anyMatch(line -> line.contains("WF-04") && line.contains("−£50,000.00")
                && line.contains("£3,100,000.00") && line.contains("£3,050,000.00"));
        AxeCheck.assertNoSeriousViolations(browser);

        ChangeRequestPages.Shown decided = request.decide("Approve", LocalDate.now(ZoneId.of("Europe/London")), "RB/26/11");

        assertThat(decided.successBanner()).contains("approved");
        assertThat(decided.status()).isEqualTo("Approved");
        assertThat(decided.lines()).anyMatch(line -> line.contains("WF-04") && line.contains("£3,050,000.00"));
        assertThat(decided.visibleText()).contains("RB/26/11").doesNotContain("Record the decision");
    }
}
