package org.tgov.spend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.spend.SpendManagement;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/**
 * Files a finance system or a slip of the mouse can produce: each gets a page that says what is
 * wrong, never an error page, and a refused file changes nothing in the database.
 */
@IntegrationTest
class SpendImportBadFilesIT {

    private static final String HEADER = "cost line code,month,amount,reference,description\r\n";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired SpendManagement spend;
    @Autowired JdbcTemplate jdbc;

    FinanceSetup money;
    Council council;
    SignedInUser priya;
    List<Long> countsBefore;

    @BeforeEach
    void setUp() {
        council = data.council();
        money = fixture.create(council);
        priya = data.user(council, Role.FINANCE);
        countsBefore = counts();
    }

    @Test
    void aWindows1252FileIsReadAsSuchAndTheUserIsTold() throws Exception {
        String csv = HEADER + "RC-1,2022-04,\"£1,250.00\",INV-Café,Café – April\r\n";
        String preview = upload("april.csv", csv.getBytes(Charset.forName("windows-1252")));
        mvc.perform(get(preview).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">INV-Café<")))
                .andExpect(content().string(containsString("Windows-1252")))
                .andExpect(content().string(containsString("Import 1 row totalling £1,250.00")));
        mvc.perform(post(preview).with(csrf()).with(as(priya))).andExpect(status().is3xxRedirection());
        Tenancy.runAs(council.id(), () -> assertThat(spend.spendOn(money.otherLineId()))
                .extracting(org.tgov.spend.SpendEntryView::description).containsExactly("Café – April"));

        byte[] utf8WithMark = join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                csv.replace("2022-04", "2022-05").getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(upload("may.csv", utf8WithMark)).with(as(priya)))
                .andExpect(content().string(containsString(">INV-Café<")))
                .andExpect(content().string(containsString("UTF-8")))
                .andExpect(content().string(not(containsString("Windows-1252"))));
    }

    @Test
    void aNullCharacterInACellIsAProblemOnItsLineAndNothingIsSaved() throws Exception {
        String preview = upload("april.csv", (HEADER + "RC-1,2022-04,10.00,INV-1,\r\nRC-1,2022-04,10.00,INV\u00002,\r\n")
                .getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Line 3: Reference contains a control character (U+0000), which cannot be imported")))
                .andExpect(content().string(not(containsString("data-test=\"import\""))));
        assertConfirmingSavesNothing(preview);
    }

    @Test
    void valuesTheDatabaseCannotKeepAreProblemsOnTheirLines() throws Exception {
        String preview = upload("april.csv", (HEADER + "RC-1,03/1899,10.00,INV-1,\r\nRC-1,2022-04,10.00,"
                + "R".repeat(101) + ",\r\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Line 2: Month &#39;03/1899&#39; must be between April 1900 and March 3000")))
                .andExpect(content().string(containsString("Line 3: Reference must be 100 characters or fewer")));
        assertConfirmingSavesNothing(preview);
    }

    @Test
    void amountsAddingUpToATrillionPoundsAreRefused() throws Exception {
        String row = "RC-1,2022-04,600000000000.00,INV-1,\r\n";
        String preview = upload("april.csv", (HEADER + row + row).getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The amounts in the file add up to £1 trillion or more")));
        assertConfirmingSavesNothing(preview);
    }

    @Test
    void aFileThatIsNotTextIsRefusedWithAskingForACsv() throws Exception {
        byte[] workbook = join(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0}, new byte[2048]);
        String preview = upload("april.csv", workbook);
        mvc.perform(get(preview).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is not a CSV file")))
                .andExpect(content().string(containsString("Save it as CSV and upload it again")))
                .andExpect(content().string(not(containsString("data-test=\"import\""))));
        assertConfirmingSavesNothing(preview);
    }

    @Test
    void anEmptyOrHeaderOnlyFileIsRefusedWithAReason() throws Exception {
        mvc.perform(get(upload("blank.csv", "\r\n  \r\n".getBytes(StandardCharsets.UTF_8))).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is empty")));
        String headerOnly = upload("header.csv", HEADER.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(headerOnly).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file has a header row but no spend rows")));
        assertConfirmingSavesNothing(headerOnly);
    }

    @Test
    void aFileWithFarTooManyRowsIsRefusedQuicklyOnAPageOfBoundedSize() throws Exception {
        String preview = upload("year.csv", rows("RC-1", 100_000));
        String page = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> mvc.perform(get(preview)
                .with(as(priya))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("The file has more than 5,000 rows of spend").doesNotContain("data-test=\"import\"");
        assertThat(page.length()).isLessThan(100_000);
        assertConfirmingSavesNothing(preview);
    }

    @Test
    void aFileOfManyBadRowsCountsEveryProblemOnAPageOfBoundedSize() throws Exception {
        String preview = upload("bad.csv", rows("NOPE-9", 5_000));
        String page = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> mvc.perform(get(preview)
                .with(as(priya))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("data-test=\"problem-count\">5,000<")
                .contains("Line 2: Cost line code NOPE-9 is not one of this programme&#39;s cost lines")
                .contains("and 4,950 more rows with problems")
                .contains("The first 500 of 5,000 rows with problems in bad.csv");
        assertThat(page.length()).isLessThan(1_000_000);
        assertConfirmingSavesNothing(preview);
    }

    @Test
    void aLargeGoodFileIsImportedWhole() throws Exception {
        String preview = upload("year.csv", rows("RC-1", 5_000));
        String page = mvc.perform(get(preview).with(as(priya)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Import 5,000 rows totalling £5,000.00")
                .contains("The first 500 of 5,000 rows in year.csv");
        assertThat(page.length()).isLessThan(1_000_000);
        long start = System.nanoTime();
        mvc.perform(post(preview).with(csrf()).with(as(priya)))
                .andExpect(flash().attribute("success", "Imported 5,000 rows totalling £5,000.00 from year.csv"));
        System.out.println("[tests] importing 5,000 rows took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(counts()).containsExactly(countsBefore.get(0) + 5_000, countsBefore.get(1) + 1);
    }

    @Test
    void aControlCharacterInTheFileNameIsLeftOut() throws Exception {
        String preview = upload("apr\u0000il.csv", (HEADER + "RC-1,2022-04,10.00,INV-1,\r\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(post(preview).with(csrf()).with(as(priya)))
                .andExpect(flash().attribute("success", "Imported 1 row totalling £10.00 from april.csv"));
    }

    private void assertConfirmingSavesNothing(String preview) throws Exception {
        mvc.perform(post(preview).with(csrf()).with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("can no longer be imported")));
        assertThat(counts()).isEqualTo(countsBefore);
    }

    private List<Long> counts() {
        return List.of(jdbc.queryForObject("select count(*) from actual_spend", Long.class),
                jdbc.queryForObject("select count(*) from spend_import", Long.class));
    }

    /** A file of this many rows of £1.00 on the cost line with this code, each with its own reference. */
    private static byte[] rows(String code, int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= count; i++) {
            csv.append(code).append(",2022-04,1.00,INV-").append(i).append(",Agency\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String upload(String name, byte[] content) throws Exception {
        ResultActions uploaded = mvc.perform(multipart("/programmes/{id}/spend-imports", money.programmeId())
                .file(new MockMultipartFile("file", name, "text/csv", content)).with(csrf()).with(as(priya)));
        return uploaded.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
