package org.tgov.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tgov.browser.pages.ErrorSummary.Error;
import org.tgov.browser.pages.ErrorSummary;
import org.tgov.browser.pages.ProgrammeFormPage;
import org.tgov.browser.pages.ProgrammeListPage;
import org.tgov.browser.pages.ProgrammePage;

/**
 * An officer corrects a programme's details. The test adds its own programme, so the demo
 * programme other tests rely on is never changed.
 */
class ProgrammeEditBrowserIT extends BrowserTestBase {

    @Test
    void officerIsToldToEnterTheNameThenSavesTheCorrectedDetails() {
        signInAs("officer");
        ProgrammePage programme = addProgramme(unique("Early help programme"));

        ProgrammeFormPage form = programme.change().name("").saveWithErrors();

        assertThat(form.title()).startsWith("Error:");
        ErrorSummary summary = form.errorSummary();
        assertThat(summary.errors()).containsExactly(new Error("Enter the programme's name", "#name"));
        assertThat(form.fieldError("name")).isEqualTo("Enter the programme's name");
        summary.follow("Enter the programme's name");
        assertThat(browser.focusedElementId()).isEqualTo("name");

        String corrected = unique("Early help and prevention programme");
        ProgrammePage saved = form.name(corrected).save();

        assertThat(saved.successBanner()).isEqualTo("Programme updated");
        assertThat(saved.name()).isEqualTo(corrected);
        assertThat(ProgrammeListPage.open(browser).programmes()).contains(corrected);
    }

    private ProgrammePage addProgramme(String name) {
        ProgrammePage created = ProgrammeListPage.open(browser).addProgramme()
                .name(name)
                .sro("Director of Children's Services")
                .start(LocalDate.of(2022, 4, 1))
                .end(LocalDate.of(2025, 3, 31))
                .aims("Help families earlier.\nReduce the number of children entering care.")
                .status("In delivery")
                .save();
        assertThat(created.successBanner()).isEqualTo("Programme created");
        assertThat(created.name()).isEqualTo(name);
        return created;
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
