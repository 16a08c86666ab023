package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tgov.browser.pages.ActionPages;
import org.tgov.browser.pages.ProgrammePage;
import org.tgov.browser.pages.SectionPage;

/**
 * The DfE Improvement Adviser checks compliance with each requirement of the notice and reads
 * progress by priority area; an officer records a progress update, which the board views then show.
 */
class ImprovementBoardsBrowserIT extends BrowserTestBase {

    @Test
    void theAdviserReadsComplianceWithEveryRequirementAndProgressByPriorityArea() {
        ProgrammePage programme = signInAs("adviser").openProgramme(PROGRAMME);

        SectionPage board = programme.section("DfE Improvement Board view", "DfE Improvement Board view");

        assertThat(browser.texts(By.cssSelector("[data-test=compliance]")).get(0)).contains("18 May 2021");
        assertThat(browser.findAll(By.cssSelector("[data-test=compliance]")).get(0)
                .findElements(By.cssSelector("tbody tr"))).hasSize(6);
        assertThat(board.visibleText()).contains("(a) Secretary of State appointment of an Improvement Adviser")
                .contains("(f) The Improvement Adviser will provide, to the DfE, 6 weekly reports")
                .contains("Complied with").contains("In progress");
        assertThat(browser.texts(By.cssSelector("[data-test=recommendations] tbody tr")))
                .anySatisfy(row -> assertThat(row).startsWith("4. The stability and capacity of the social work workforce").contains("A1"));
        assertThat(browser.texts(By.cssSelector("[data-test=measures] tbody tr")))
                .anySatisfy(row -> assertThat(row).startsWith("Average caseload per social worker").contains("15 to 18"));
        assertThat(browser.texts(By.cssSelector("[data-test=rating-counts] tbody tr")))
                .anySatisfy(row -> assertThat(row).startsWith("A stable, skilled workforce"))
                .anySatisfy(row -> assertThat(row).startsWith("Total"));
        AxeCheck.assertNoSeriousViolations(browser);
    }

    @Test
    void anOfficerRecordsProgressAndTheBoardViewsShowIt() {
        ProgrammePage programme = signInAs("officer").openProgramme(PROGRAMME);
        String path = programme.path();
        browser.open(path + "/actions?owner=&progress=&status=");
        browser.clickAndWait(By.partialLinkText("A7 Human rights and equality training"));
        ActionPages.Shown action = new ActionPages.Shown(browser, "A7 Human rights and equality training");

        ActionPages.ProgressForm form = action.recordProgress();
        AxeCheck.assertNoSeriousViolations(browser);
        ActionPages.Shown saved = form.on(LocalDate.of(2023, 4, 28)).choose("Status", "In progress")
                .choose("Progress rating", "Red").choose("Impact rating", "Amber")
                .commentary("Browser journey: provider chosen late; sessions start in June.")
                .evidence("https://intranet.example.org/training-plan").save("A7 Human rights and equality training");

        assertThat(saved.successBanner()).contains("Progress update on A7 recorded");
        assertThat(saved.history().get(0)).contains("28 April 2023").contains("In progress").contains("Red")
                .contains("Browser journey: provider chosen late");

        browser.open(path + "/delivery-board");
        SectionPage delivery = new SectionPage(browser, "Operational Improvement Board view");
        assertThat(browser.texts(By.xpath("//h2[@id='red']/following-sibling::div[1]//tbody/tr")))
                .anySatisfy(row -> assertThat(row).startsWith("A7 Human rights and equality training"));
        assertThat(delivery.visibleText()).contains("A7 Human rights and equality training");
        assertThat(browser.text(By.cssSelector("[data-test=spend]"))).contains("Budget, all years");
        AxeCheck.assertNoSeriousViolations(browser);

        browser.open(path + "/improvement-board");
        SectionPage improvement = new SectionPage(browser, "DfE Improvement Board view");
        assertThat(improvement.visibleText()).contains("A7 Human rights and equality training");
    }
}
