package org.tgov.spend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.SignedInUsers.FINANCE;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.budget.CostLineManagement;
import org.tgov.identity.UserDirectory;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.spend.ImportPreview;
import org.tgov.spend.PendingSpendUploads;
import org.tgov.spend.ImportPreview.PreviewRow;
import org.tgov.spend.SpendImportView;
import org.tgov.spend.SpendLine;
import org.tgov.spend.SpendManagement;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** Importing spend without a database: upload, preview the waiting file, confirm, and every kind of "no". */
@WebMvcTest(SpendImportController.class)
@Import(WebSliceConfiguration.class)
class SpendImportControllerTests {

    static final String IMPORTS = "/programmes/7/spend-imports";
    static final byte[] CSV = "cost line code,month,amount,reference,description\nAG-1,2022-05,250.00,INV-1,\n"
            .getBytes(StandardCharsets.UTF_8);
    static final SpendLine LINE = new SpendLine("AG-1", LocalDate.of(2022, 5, 1), Money.pounds(250), "INV-1", null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SpendManagement spend;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    CostLineManagement costLines;

    @MockitoBean
    UserDirectory people;

    @MockitoBean
    PendingSpendUploads pending;

    @BeforeEach
    void aProgrammeWithOneCostLine() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).build());
        given(costLines.of(7L)).willReturn(List.of(aCostLineView().id(11L).code("AG-1").build()));
        given(people.displayNames(any())).willReturn(Map.of("fred.finance", "Fred Finance"));
    }

    @Test
    void showsTheFileItExpectsAndTheRecentImportsWithWhoImportedThemByName() throws Exception {
        given(spend.recentImports(7L)).willReturn(List.of(new SpendImportView(81L, "april.csv", 3, Money.pounds(1250),
                Instant.parse("2022-05-03T08:00:00Z"), "fred.finance")));

        Document page = page(mvc.perform(get(IMPORTS).with(as(FINANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=header]").text()).isEqualTo("cost line code,month,amount,reference,description");
        assertThat(page.select("[data-test=cost-line-codes]").text()).isEqualTo("AG-1 Agency social workers");
        assertThat(page.select("[data-test=imports] tbody tr").eachText())
                .containsExactly("april.csv 3 £1,250.00 3 May 2022 at 9:00am Fred Finance");
        assertThat(page.select("input[type=file][name=file]")).hasSize(1);
    }

    @Test
    void readersMayNotImport() throws Exception {
        mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "may.csv", "text/csv", CSV)).with(csrf())
                        .with(as(SCRUTINY)))
                .andExpect(status().isForbidden());
        mvc.perform(post(IMPORTS + "/any-token").with(csrf()).with(as(SCRUTINY))).andExpect(status().isForbidden());

        Document page = page(mvc.perform(get(IMPORTS).with(as(SCRUTINY))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("input[type=file]")).isEmpty();
        then(pending).should(never()).keep(any(), any(), any());
        then(pending).should(never()).importFile(any(), any());
    }

    @Test
    void anUploadIsPreviewedAndImportedOnConfirmationWithoutUploadingItAgain() throws Exception {
        ImportPreview good = new ImportPreview("may.csv", "sha", "UTF-8", List.of(new PreviewRow(2, LINE,
                "Agency social workers", null)), List.of(), List.of(), null);
        given(pending.keep(7L, "may.csv", CSV)).willReturn("tok");
        given(pending.preview(7L, "tok")).willReturn(Optional.of(good));
        given(pending.importFile(7L, "tok")).willReturn(Optional.of(good));

        String preview = mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "C:\\exports\\may.csv", "text/csv", CSV))
                        .with(csrf()).with(as(FINANCE)))
                .andExpect(redirectedUrl(IMPORTS + "/tok"))
                .andReturn().getResponse().getRedirectedUrl();
        Document page = page(mvc.perform(get(preview).with(as(FINANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        mvc.perform(post(preview).with(csrf()).with(as(FINANCE)))
                .andExpect(redirectedUrl(IMPORTS))
                .andExpect(flash().attribute("success", "Imported 1 row totalling £250.00 from may.csv"));

        assertThat(page.select("h1").text()).isEqualTo("Check may.csv");
        assertThat(page.select("[data-test=import]").text()).isEqualTo("Import 1 row totalling £250.00");
        then(pending).should().importFile(7L, "tok");
    }

    @Test
    void aFileThatCanNoLongerBeImportedOnConfirmationSaysWhyInItsOwnWords() throws Exception {
        given(pending.keep(7L, "may.csv", CSV)).willReturn("tok");
        given(pending.importFile(7L, "tok")).willReturn(Optional.of(new ImportPreview("may.csv", "sha", "UTF-8",
                List.of(new PreviewRow(2, LINE, "Agency social workers", null)), List.of(),
                List.of(Refusal.about("file", "spend.trancheLimit", "CAB-1", "Cabinet", Money.pounds(850),
                        Money.pounds(600), Money.pounds(0))),
                new SpendImportView(81L, "april.csv", 1, Money.pounds(250), Instant.parse("2022-05-03T08:00:00Z"),
                        "fred.finance"))));

        String preview = mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "may.csv", "text/csv", CSV))
                        .with(csrf()).with(as(FINANCE)))
                .andReturn().getResponse().getRedirectedUrl();
        Document page = page(mvc.perform(post(preview).with(csrf()).with(as(FINANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=refused]")).hasSize(1);
        assertThat(page.select("[data-test=refusal]").text()).isEqualTo("This would take spend and commitments against "
                + "CAB-1 (Cabinet) to £850.00, more than the £600.00 released in its tranches so far. £0.00 is left.");
        assertThat(page.select("[data-test=already-imported]").text())
                .isEqualTo("This file was already imported on 3 May 2022 at 9:00am by Fred Finance (as april.csv)");
        assertThat(page.select("[data-test=import]")).isEmpty();
    }

    @Test
    void anUnknownOrExpiredUploadSendsTheUserBackToUploadSayingWhy() throws Exception {
        mvc.perform(get(IMPORTS + "/no-such-token").with(as(FINANCE)))
                .andExpect(redirectedUrl(IMPORTS))
                .andExpect(flash().attribute("uploadError", SpendImportController.EXPIRED));

        mvc.perform(get(IMPORTS).flashAttr("uploadError", SpendImportController.EXPIRED).with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorOn("file", "The uploaded file is no longer waiting to be imported: it has expired or has already been dealt with. Upload the file again to check it."));
        then(pending).should(never()).importFile(any(), any());
    }

    @Test
    void uploadMistakesAreShownOnTheFileFieldAndNothingIsKept() throws Exception {
        mvc.perform(multipart(IMPORTS).with(csrf()).with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorOn("file", "Select a CSV file"));
        mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "may.xlsx", "application/octet-stream", CSV))
                        .with(csrf()).with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorOn("file", "The selected file must be a CSV"));
        mvc.perform(multipart(IMPORTS).file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .with(csrf()).with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorOn("file", "The selected file is empty"));

        then(pending).should(never()).keep(any(), any(), any());
    }
}
