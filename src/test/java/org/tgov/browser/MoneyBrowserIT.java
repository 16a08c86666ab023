package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgov.browser.pages.ChangeRequestPages;
import org.tgov.browser.pages.ProgrammePage;
import org.tgov.browser.pages.SectionPage;
import org.tgov.browser.pages.SpendImportPage;

/** The money journeys of JOURNEYS.md, in the browser, on the demo programme. */
class MoneyBrowserIT extends BrowserTestBase {

    @TempDir
    Path files;

    @Test
    void resourcesBoardChairReadsCostsAndFundingReconciledPerYear() {
        ProgrammePage programme = signInAs("resources").openProgramme(PROGRAMME);

        SectionPage board = programme.section("Resources Board view", "Resources Board view");

        assertThat(board.marked("programme-budget")).isEqualTo("21,864");
        assertThat(board.marked("total-funding")).isEqualTo("21,864");
        assertThat(board.marked("total-costs")).isEqualTo("21,864");
        assertThat(board.marked("reconciled")).isEqualTo("Reconciled");
        assertThat(board.marked("funding-and-costs")).contains("5,833").contains("11,487").contains("4,544");
        assertThat(board.marked("drawdown")).contains("11,490");
        AxeCheck.assertNoSeriousViolations(browser);
    }

    @Test
    void financeImportsASpendFileAfterFixingTheRowsItRejected() throws IOException {
        String programmePath = signInAs("finance").openProgramme(PROGRAMME).path();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path bad = write("month-end.csv", """
                cost line code,month,amount,reference,description
                WF-05,2023-04,1200.00,INV-%1$s-1,Agency invoice
                WF-99,2023-04,10.00,INV-%1$s-2,Unknown line
                EH-03,2023-04,12.345,INV-%1$s-3,Three decimals
                """.formatted(run));

        SpendImportPage.Preview refused = SpendImportPage.open(browser, programmePath).upload(bad);

        assertThat(refused.canImport()).isFalse();
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).startsWith("Line 3:").contains("WF-99"))
                .anySatisfy(p -> assertThat(p).startsWith("Line 4:").contains("2 decimal places"));
        AxeCheck.assertNoSeriousViolations(browser);

        Path fixed = write("month-end-fixed.csv", Files.readString(bad).replace("WF-99", "WF-05").replace("12.345", "12.35"));
        SpendImportPage.Preview good = SpendImportPage.open(browser, programmePath).upload(fixed);
        assertThat(good.canImport()).isTrue();

        SpendImportPage imported = good.importAll();
        assertThat(imported.successBanner()).contains("Imported 3 rows totalling £1,222.35");
    }

    @Test
    void officerDraftsAVirementAndSubmitsItToTheResourcesBoard() {
        String programmePath = signInAs("officer").openProgramme(PROGRAMME).path();

        ChangeRequestPages.Shown draft = ChangeRequestPages.Draft.open(browser, programmePath)
                .type("Virement")
                .title("Recruitment campaign from agency budget")
                .rationale("Permanent recruitment reduces agency spend.")
                .line(0, "WF-04 Agency social workers", "2022/23", "-120000")
                .line(1, "WF-02 Recruitment and retention campaign", "2022/23", "120000")
                .save();
        assertThat(draft.status()).isEqualTo("Draft");
        AxeCheck.assertNoSeriousViolations(browser);

        ChangeRequestPages.Shown submitted = draft.submit();
        assertThat(submitted.status()).isEqualTo("Awaiting decision");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content);
    }
}
