package org.tgov.spend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.spend.SpendManagement;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.SessionCookie;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/** Priya's month-end import: upload, preview, fix, import; nothing saved from a bad file. */
@IntegrationTest
class SpendImportPagesIT {

    private static final String BAD = """
            cost line code,month,amount,reference,description
            AG-1,2022-04,100.00,INV-1,Agency April
            NOPE-9,2022-04,10.00,INV-2,Unknown line
            RC-1,04/2022,12.345,INV-3,Three decimals
            """;
    private static final String GOOD = BAD.replace("NOPE-9", "RC-1").replace("12.345", "12.34");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired SpendManagement spend;
    @Autowired JdbcTemplate jdbc;

    Council council;
    FinanceSetup money;
    SignedInUser priya;

    @BeforeEach
    void setUp() {
        council = data.council();
        money = fixture.create(council);
        priya = data.user(council, Role.FINANCE);
    }

    @Test
    void showsTheExpectedFormatTheUploadFormAndAnEmptyHistory() throws Exception {
        mvc.perform(get("/programmes/{id}/spend-imports", money.programmeId()).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cost line code,month,amount,reference,description")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("No spend has been imported for this programme yet")))
                .andExpect(content().string(containsString("AG-1")));
    }

    @Test
    void aFileWithBadRowsIsPreviewedWithEveryProblemAndNothingIsSaved() throws Exception {
        String preview = upload("april.csv", BAD);
        mvc.perform(get(preview).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Check april.csv")))
                .andExpect(content().string(containsString(
                        "Line 3: Cost line code NOPE-9 is not one of this programme&#39;s cost lines")))
                .andExpect(content().string(containsString(
                        "Line 4: Amount &#39;12.345&#39; must not have more than 2 decimal places")))
                .andExpect(content().string(containsString(">INV-1<")))
                // a rejected row still shows what it says, as written
                .andExpect(content().string(containsString(">04/2022<")))
                .andExpect(content().string(containsString(">INV-3<")))
                .andExpect(content().string(not(containsString("data-test=\"import\""))));

        // confirming anyway (an old tab, a crafted post) saves nothing either
        mvc.perform(post(preview).with(csrf()).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("can no longer be imported")));
        assertNothingSaved();
    }

    @Test
    void aGoodFileIsImportedOnConfirmationWithoutUploadingItAgain() throws Exception {
        upload("april.csv", BAD);
        String preview = upload("april.csv", GOOD);
        mvc.perform(get(preview).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import 3 rows totalling £122.34")));
        assertNothingSaved();

        mvc.perform(post(preview).with(csrf()).with(as(priya)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programmes/" + money.programmeId() + "/spend-imports"))
                .andExpect(flash().attribute("success", "Imported 3 rows totalling £122.34 from april.csv"));
        Tenancy.runAs(council.id(), () -> {
            assertThat(spend.spendOn(money.chargedLineId())).hasSize(1);
            assertThat(spend.spendOn(money.otherLineId())).hasSize(2);
        });
        mvc.perform(get("/programmes/{id}/spend-imports", money.programmeId()).with(as(priya)))
                .andExpect(content().string(containsString("april.csv")))
                .andExpect(content().string(containsString(priya.getDisplayName())));

        // the token was used up: confirming twice imports nothing more
        mvc.perform(post(preview).with(csrf()).with(as(priya)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("uploadError", SpendImportController.EXPIRED));
        Tenancy.runAs(council.id(), () -> assertThat(spend.spendOn(money.otherLineId())).hasSize(2));
    }

    @Test
    void theSameFileAgainIsRecognisedAsAlreadyImportedAndNothingIsSaved() throws Exception {
        mvc.perform(post(upload("april.csv", GOOD)).with(csrf()).with(as(priya)))
                .andExpect(status().is3xxRedirection());

        String again = upload("april-copy.csv", GOOD);
        mvc.perform(get(again).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This file was already imported on")))
                .andExpect(content().string(containsString("by " + priya.getDisplayName())))
                .andExpect(content().string(not(containsString("data-test=\"import\""))));
        mvc.perform(post(again).with(csrf()).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This file was already imported on")));
        Tenancy.runAs(council.id(), () -> assertThat(spend.spendOn(money.otherLineId())).hasSize(2));
    }

    @Test
    void aFileBeyondTheReleasedTranchesIsRefusedAsAWhole() throws Exception {
        String file = "cost line code,month,amount,reference,description\nAG-1,2022-04,400,A,\nAG-1,2022-05,400,B,\n";
        mvc.perform(get(upload("big.csv", file)).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("£600.00 released")))
                .andExpect(content().string(not(containsString("data-test=\"import\""))));
        assertNothingSaved();
    }

    @Test
    void anUnknownOrExpiredTokenSendsTheUserBackToUploadWithAClearMessage() throws Exception {
        String page = "/programmes/" + money.programmeId() + "/spend-imports";
        MvcResult unknown = mvc.perform(get(page + "/not-a-real-token").with(as(priya)))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("uploadError", SpendImportController.EXPIRED))
                .andReturn();
        mvc.perform(get(page).cookie(SessionCookie.of(unknown)).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Spend imports")))
                .andExpect(content().string(containsString("has expired or has already been dealt with")));

        // a token kept for one programme does not work for another
        String preview = upload("april.csv", GOOD);
        Long otherProgramme = data.programme(council);
        mvc.perform(get(preview.replace("/" + money.programmeId() + "/", "/" + otherProgramme + "/"))
                        .with(as(priya)))
                .andExpect(flash().attribute("uploadError", SpendImportController.EXPIRED));
    }

    @Test
    void onlyThePersonWhoUploadedAFileCanPreviewOrImportIt() throws Exception {
        String preview = upload("april.csv", GOOD);
        SignedInUser colleague = data.user(council, Role.FINANCE);

        mvc.perform(get(preview).with(as(colleague)))
                .andExpect(flash().attribute("uploadError", SpendImportController.EXPIRED));
        mvc.perform(post(preview).with(csrf()).with(as(colleague)))
                .andExpect(flash().attribute("uploadError", SpendImportController.EXPIRED));
        assertNothingSaved();

        mvc.perform(post(preview).with(csrf()).with(as(priya)))
                .andExpect(flash().attribute("success", "Imported 3 rows totalling £122.34 from april.csv"));
    }

    @Test
    void aFileLeftWaitingBeyondItsTimeCanNoLongerBeImported() throws Exception {
        String preview = upload("april.csv", GOOD);
        String token = preview.substring(preview.lastIndexOf('/') + 1);
        assertThat(jdbc.update("update pending_spend_upload set expires_at = ? where token = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), token)).isEqualTo(1);

        mvc.perform(get(preview).with(as(priya)))
                .andExpect(flash().attribute("uploadError", SpendImportController.EXPIRED));
        mvc.perform(post(preview).with(csrf()).with(as(priya)))
                .andExpect(flash().attribute("uploadError", SpendImportController.EXPIRED));
        assertNothingSaved();
    }

    @Test
    void onlyAPersonsLatestThreeUploadsWait() throws Exception {
        String first = upload("one.csv", GOOD);
        String second = upload("two.csv", GOOD);
        upload("three.csv", GOOD);
        upload("four.csv", GOOD);

        mvc.perform(get(first).with(as(priya)))
                .andExpect(flash().attribute("uploadError", SpendImportController.EXPIRED));
        mvc.perform(get(second).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check two.csv")));
    }

    @Test
    void uploadMistakesAreShownOnTheFileField() throws Exception {
        mvc.perform(multipart("/programmes/{id}/spend-imports", money.programmeId())
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(csrf()).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a CSV file")));
        mvc.perform(multipart("/programmes/{id}/spend-imports", money.programmeId())
                        .file(new MockMultipartFile("file", "april.xlsx", "application/octet-stream", GOOD.getBytes()))
                        .with(csrf()).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The selected file must be a CSV")));
    }

    @Test
    void onlyFinanceOfficersAndAdministratorsImportAndOtherOrganisationsSeeNothing() throws Exception {
        SignedInUser scrutiny = data.user(council, Role.SCRUTINY_MEMBER);
        mvc.perform(get("/programmes/{id}/spend-imports", money.programmeId()).with(as(scrutiny)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("multipart/form-data"))));
        mvc.perform(multipart("/programmes/{id}/spend-imports", money.programmeId())
                        .file(new MockMultipartFile("file", "april.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(scrutiny)))
                .andExpect(status().isForbidden());
        String preview = upload("april.csv", GOOD);
        mvc.perform(post(preview).with(csrf()).with(as(scrutiny))).andExpect(status().isForbidden());
        assertNothingSaved();

        SignedInUser stranger = data.user(data.council(), Role.FINANCE);
        mvc.perform(get("/programmes/{id}/spend-imports", money.programmeId()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post(preview).with(csrf()).with(as(stranger))).andExpect(status().isNotFound());
        assertNothingSaved();
    }

    /** Uploads a file as Priya and returns the preview's address. */
    private String upload(String name, String csv) throws Exception {
        return mvc.perform(multipart("/programmes/{id}/spend-imports", money.programmeId())
                        .file(new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(priya)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    private void assertNothingSaved() {
        Tenancy.runAs(council.id(), () -> {
            assertThat(spend.spendOn(money.chargedLineId())).isEmpty();
            assertThat(spend.spendOn(money.otherLineId())).isEmpty();
            assertThat(spend.recentImports(money.programmeId())).isEmpty();
        });
    }
}
