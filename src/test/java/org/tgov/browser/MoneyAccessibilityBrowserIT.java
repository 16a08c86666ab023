package org.tgov.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tgov.browser.pages.ProgrammePage;

/** axe-core finds no serious or critical WCAG 2.2 AA violation on the money pages of the demo programme. */
class MoneyAccessibilityBrowserIT extends BrowserTestBase {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Finance, Finance",
            "Resources Board view, Resources Board view",
            "Workstreams, Workstreams",
            "Funding, Funding",
            "Cost lines, Cost lines",
            "Spend imports, Spend imports",
            "Change requests, Change requests",
            "Savings, Savings",
            "Establishment, Establishment"})
    void sectionOfTheProgramme(String link, String heading) {
        ProgrammePage programme = signInAs("finance").openProgramme(PROGRAMME);

        programme.section(link, heading);

        AxeCheck.assertNoSeriousViolations(browser);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Cost lines, Cost lines, Agency social workers, WF-04 Agency social workers",
            "Funding, Funding, Add a funding stream, Add a funding stream",
            "Cost lines, Cost lines, Add a cost line, Add a cost line",
            "Savings, Savings, Add a savings target, savings target"})
    void pageReachedFromASection(String section, String heading, String link, String expectedHeading) {
        ProgrammePage programme = signInAs("finance").openProgramme(PROGRAMME);

        programme.section(section, heading).follow(link, expectedHeading);

        AxeCheck.assertNoSeriousViolations(browser);
    }
}
