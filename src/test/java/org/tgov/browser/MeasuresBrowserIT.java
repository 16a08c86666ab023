package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.tgov.browser.pages.ProgrammePage;

/**
 * An officer adds a measure that matters, imports its values from the performance team's CSV file,
 * checks the preview and confirms, then reads the values on the measure's page.
 */
class MeasuresBrowserIT extends BrowserTestBase {

    @TempDir
    Path folder;

    @Test
    void anOfficerAddsAMeasureImportsItsValuesAndSeesThem() throws Exception {
        ProgrammePage programme = signInAs("officer").openProgramme(PROGRAMME);
        String measures = programme.path() + "/measures";
        String name = "Visits within 10 working days " + System.nanoTime() % 100_000;
        browser.open(measures);
        browser.clickAndWait(By.linkText("Add a measure"));
        assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Add a measure");
        AxeCheck.assertNoSeriousViolations(browser);

        browser.find(By.id("name")).sendKeys(name);
        browser.find(By.id("objective")).sendKeys("Children in need visited as often as their plans say");
        browser.find(By.id("unit")).sendKeys("% of visits");
        browser.find(By.cssSelector("label[for=polarity]")).click();
        browser.find(By.id("baselineValue")).sendKeys("61");
        browser.find(By.id("baselineOn")).sendKeys("4");
        browser.find(By.id("baselineOn-year")).sendKeys("2022");
        browser.find(By.id("target")).sendKeys("90");
        browser.find(By.id("targetBy")).sendKeys("3");
        browser.find(By.id("targetBy-year")).sendKeys("2024");
        browser.find(By.id("benchmark")).sendKeys("85% in good councils");
        browser.find(By.id("benchmarkAssessment")).sendKeys("Below good councils");
        browser.find(By.cssSelector("label[for=frequency]")).click();
        browser.clickAndWait(By.xpath("//button[normalize-space()='Add measure']"));

        assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo(name);
        assertThat(browser.text(By.cssSelector(".govuk-notification-banner"))).contains("Measure " + name + " added");
        assertThat(browser.text(By.cssSelector("[data-test=measure]"))).contains("higher is better").contains("85% in good councils");
        AxeCheck.assertNoSeriousViolations(browser);

        browser.open(measures);
        browser.clickAndWait(By.linkText("Import values from a file"));
        AxeCheck.assertNoSeriousViolations(browser);
        Path file = folder.resolve("visits.csv");
        Files.writeString(file, "measure,period,value,commentary\n" + name + ",30/04/2023,64.5,Duty team at full strength\n"
                + name + ",2023-05-31,70,\n", StandardCharsets.UTF_8);
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait(By.xpath("//button[normalize-space()='Check the file']"));

        assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Check visits.csv");
        assertThat(browser.texts(By.cssSelector("[data-test=rows] tbody tr"))).hasSize(2)
                .allSatisfy(row -> assertThat(row).contains(name).contains("New value"));
        AxeCheck.assertNoSeriousViolations(browser);
        browser.clickAndWait(By.cssSelector("[data-test=import]"));

        assertThat(browser.text(By.cssSelector(".govuk-notification-banner"))).contains("2 values imported from visits.csv");
        browser.clickAndWait(By.linkText(name));
        assertThat(browser.texts(By.cssSelector("[data-test=values] tbody tr")))
                .containsExactly("April 2023 64.5 Amber Duty team at full strength", "May 2023 70 Amber");
        AxeCheck.assertNoSeriousViolations(browser);
    }
}
