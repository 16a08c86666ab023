package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.tgov.browser.pages.ActionPages;
import org.tgov.browser.pages.ProgrammePage;

/** An officer enters an action of the council's own plan through the pages, and finds it in the actions list. */
class PlanEntryBrowserIT extends BrowserTestBase {

    @Test
    void anOfficerAddsAnActionAndSeesItInTheActionsList() {
        ProgrammePage programme = signInAs("officer").openProgramme(PROGRAMME);
        String path = programme.path();
        browser.open(path + "/actions");
        browser.clickAndWait(By.linkText("Add an action"));
        ActionPages.EntryForm form = new ActionPages.EntryForm(browser, "Add an action");
        AxeCheck.assertNoSeriousViolations(browser);

        form.reference("B90").saveWithMistakes();
        assertThat(form.errorSummary().errors()).extracting(e -> e.message())
                .contains("Enter what the action is", "Select the priority area of the action", "Enter the due date");
        AxeCheck.assertNoSeriousViolations(browser);

        ActionPages.Shown saved = form.title("Browser journey: recruit two advanced practitioners")
                .chooseFirst("planId").choose("priorityAreaId", "A stable, skilled workforce").chooseFirst("workstreamId")
                .choose("ownerUserId", "Sam Taylor").due(LocalDate.of(2031, 3, 31)).chooseFirst("answers")
                .save("B90 Browser journey: recruit two advanced practitioners");
        assertThat(saved.successBanner()).contains("Action B90 added");
        assertThat(browser.text(By.cssSelector("[data-test=action]"))).contains("A stable, skilled workforce").contains("Sam Taylor")
                .contains("31 March 2031").contains("Not started").contains("An inspection recommendation");

        browser.open(path + "/actions");
        new Select(browser.find(By.id("owner"))).selectByVisibleText("Sam Taylor");
        browser.clickAndWait(By.xpath("//form[@data-test='filters']//button"));
        assertThat(browser.texts(By.cssSelector("[data-test=actions] tbody tr")))
                .anySatisfy(row -> assertThat(row).startsWith("B90 Browser journey: recruit two advanced practitioners")
                        .contains("Sam Taylor").contains("31 March 2031"));
        AxeCheck.assertNoSeriousViolations(browser);
    }
}
