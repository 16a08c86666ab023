package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tgov.browser.pages.ImprovementFormPage;
import org.tgov.browser.pages.SectionPage;

/**
 * An officer enters the council's own improvement record: a notice with a lettered requirement, whose
 * words they then change, and an inspection with its judgement and a recommendation. Dated so that the
 * demo's own notice and inspections keep their places on the board views.
 */
class ImprovementEntryBrowserIT extends BrowserTestBase {

    private static final String NOTICE = "Browser notice, 10 January 2023";
    private static final String REVIEW = "Browser peer review, February 2020";

    @Test
    void anOfficerAddsANoticeWithARequirementAndAnInspectionWithARecommendation() {
        String path = signInAs("officer").openProgramme(PROGRAMME).path();

        browser.open(path + "/interventions");
        browser.clickAndWait(By.linkText("Add an intervention"));
        ImprovementFormPage notice = new ImprovementFormPage(browser, "Add an intervention");
        AxeCheck.assertNoSeriousViolations(browser);
        notice = notice.type("issuedBy", "Department for Education").saveRefused("Add intervention", "Add an intervention");
        assertThat(notice.errorSummary().errors()).extracting(e -> e.message())
                .contains("Select the kind of intervention", "Enter the title of the notice or direction", "Enter the date it was issued");
        AxeCheck.assertNoSeriousViolations(browser);
        SectionPage list = notice.choose("What kind of intervention is it?", "Statutory improvement notice").type("title", NOTICE)
                .date("issuedOn", LocalDate.of(2023, 1, 10)).type("summary", "Issued after the monitoring visit.")
                .save("Add intervention", "Notices and directions");
        assertThat(list.successBanner()).isEqualTo(NOTICE + " added");

        browser.clickAndWait(linkAfterHeading(NOTICE, "Add a requirement"));
        ImprovementFormPage requirement = new ImprovementFormPage(browser, "Add a requirement");
        AxeCheck.assertNoSeriousViolations(browser);
        list = requirement.type("label", "a").type("requirement", "Report monthly to the Department")
                .save("Add requirement", "Notices and directions");
        assertThat(list.successBanner()).isEqualTo("Requirement (a) added");

        browser.clickAndWait(linkAfterHeading(NOTICE, "Add a requirement"));
        requirement = new ImprovementFormPage(browser, "Add a requirement").type("label", "(A)").type("requirement", "Again")
                .saveRefused("Add requirement", "Add a requirement");
        assertThat(requirement.errorSummary().errors()).extracting(e -> e.message())
                .anySatisfy(message -> assertThat(message).startsWith("This notice or direction already has a requirement (A)"));

        browser.open(path + "/interventions");
        browser.clickAndWait(By.xpath("//tr[td[contains(., 'Report monthly to the Department')]]//a[starts-with(normalize-space(), 'Change')]"));
        list = new ImprovementFormPage(browser, "Change requirement (a)").type("requirement", "Report every month to the Department")
                .save("Save changes", "Notices and directions");
        assertThat(list.successBanner()).isEqualTo("Requirement (a) changed");
        assertThat(list.visibleText()).contains("(a) Report every month to the Department");

        browser.open(path + "/inspections");
        browser.clickAndWait(By.linkText("Record an inspection"));
        ImprovementFormPage inspection = new ImprovementFormPage(browser, "Record an inspection");
        AxeCheck.assertNoSeriousViolations(browser);
        list = inspection.choose("What type of inspection or review was it?", "Peer review").type("title", REVIEW)
                .date("inspectedOn", LocalDate.of(2020, 2, 3)).type("judgements[0].area", "Leadership")
                .select("judgements[0].judgement", "Good").select("overall", "Good")
                .save("Record inspection", "Inspections");
        assertThat(list.successBanner()).isEqualTo(REVIEW + " recorded");

        browser.clickAndWait(linkAfterHeading(REVIEW, "Add a recommendation"));
        ImprovementFormPage recommendation = new ImprovementFormPage(browser, "Add a recommendation");
        AxeCheck.assertNoSeriousViolations(browser);
        list = recommendation.type("recommendation", "Sharper supervision").save("Add recommendation", "Inspections");
        assertThat(list.successBanner()).isEqualTo("Recommendation 1 added");
        assertThat(browser.texts(By.cssSelector("[data-test=recommendations] tbody tr")))
                .anySatisfy(row -> assertThat(row).startsWith("1. Sharper supervision"));
        AxeCheck.assertNoSeriousViolations(browser);
    }

    /** A link in the list of links under the heading of a notice or an inspection. */
    private static By linkAfterHeading(String heading, String linkStart) {
        return By.xpath("//h2[normalize-space()='" + heading + "']/following-sibling::ul[1]//a[starts-with(normalize-space(), '"
                + linkStart + "')]");
    }
}
