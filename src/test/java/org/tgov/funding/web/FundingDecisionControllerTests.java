package org.tgov.funding.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.DecisionViewBuilder.aDecision;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.FINANCE;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.StreamViewBuilder.aStream;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.funding.DecisionDetails;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.FundingManagement;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The funding decision form without a database: the streams it offers, who may use it, and every kind of "no". */
@WebMvcTest(FundingDecisionController.class)
@Import(WebSliceConfiguration.class)
class FundingDecisionControllerTests {

    static final String DECISIONS = "/programmes/7/funding/decisions";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    FundingManagement funding;

    @MockitoBean
    FundingFacts facts;

    @BeforeEach
    void aProgrammeWithTwoStreams() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).build());
        given(facts.streams(7L)).willReturn(List.of(aStream().id(3L).named("Reserve").build(),
                aStream().id(4L).named("DfE grant").build()));
    }

    @Test
    void showsTheDecisionBeingChangedWithEachStreamItDrawsOn() throws Exception {
        given(facts.decision(7L, 5L)).willReturn(aDecision().reference("CAB-1").amount(1000, 3L).version(2).build());

        String html = mvc.perform(get(DECISIONS + "/5/edit").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Change funding decision"))
                .andExpect(fieldHolds("reference", "CAB-1"))
                .andExpect(fieldHolds("decidedOn.day", "31"))
                .andExpect(fieldHolds("amount", "1000.00"))
                .andExpect(fieldHolds("sources[0].amount", "1000.00"))
                .andExpect(fieldHolds("version", "2"))
                .andReturn().getResponse().getContentAsString();

        Document page = page(html);
        assertThat(page.select("select[name=sources[0].streamId] option").eachText())
                .containsExactly("No stream", "Reserve", "DfE grant");
        assertThat(page.select("select[name=sources[0].streamId] option[selected]").text()).isEqualTo("Reserve");
        assertThat(page.select("[data-test=source-row]")).as("rows to add more streams to").hasSize(3);
    }

    @Test
    void readersMayNotAddOrChangeDecisions() throws Exception {
        mvc.perform(get(DECISIONS + "/new").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(decision(post(DECISIONS), "CAB-9").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(decision(post(DECISIONS + "/5"), "CAB-9").with(as(SCRUTINY))).andExpect(status().isForbidden());

        then(funding).shouldHaveNoInteractions();
    }

    @Test
    void aSingleStreamWithoutAnAmountGivesTheWholeDecision() throws Exception {
        mvc.perform(decision(post(DECISIONS), "ODR-7").param("sources[0].streamId", "4").with(as(FINANCE)))
                .andExpect(redirectedUrl("/programmes/7/funding"));

        then(funding).should().createDecision(7L, new DecisionDetails("Cabinet", LocalDate.of(2022, 3, 31), "ODR-7",
                Money.pounds(250_000), Map.of(4L, Money.pounds(250_000)), null));
    }

    @Test
    void refusalsFromTheFundingRulesAreShownOnTheirFieldsInTheirOwnWords() throws Exception {
        given(funding.createDecision(eq(7L), any())).willThrow(new Refused(List.of(
                Refusal.about("reference", "funding.decision.reference.taken", "CAB-1"),
                Refusal.about("sources", "funding.decision.sources.total", Money.pounds(600), Money.pounds(250_000)))));

        mvc.perform(decision(post(DECISIONS), "CAB-1").param("sources[0].streamId", "3").param("sources[0].amount", "600")
                        .with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Add a funding decision"))
                .andExpect(errorOn("reference", "This programme already has a decision with reference CAB-1"))
                .andExpect(errorOn("sources", "The funding streams give £600.00 between them, but the decision is for "
                        + "£250,000.00. Make them add up to the decision's amount."))
                .andExpect(fieldHolds("sources[0].amount", "600"));
    }

    @Test
    void aStaleEditShowsTheSavedDecisionBesideTheUnsavedChanges() throws Exception {
        given(facts.decision(7L, 5L)).willReturn(aDecision().reference("CAB-1A").version(3).build());
        willThrow(new StaleEditException("record.fundingDecision")).given(funding)
                .updateDecision(eq(7L), eq(5L), anyLong(), any());

        String html = mvc.perform(decision(post(DECISIONS + "/5"), "CAB-1B").param("version", "2").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(fieldHolds("reference", "CAB-1A"))
                .andExpect(fieldHolds("version", "3"))
                .andReturn().getResponse().getContentAsString();

        Document page = page(html);
        assertThat(page.select(".govuk-error-summary").text())
                .contains("This funding decision was changed by someone else while you were editing it.");
        assertThat(page.select("[data-test=unsaved-changes]").text()).contains("Your changes, not saved", "CAB-1B", "250,000");
    }

    @Test
    void mistakesAreShownOnTheirFieldsAsTypedAndNothingIsSaved() throws Exception {
        mvc.perform(post(DECISIONS).with(csrf()).with(as(FINANCE))
                        .param("decidedBy", "").param("reference", "ODR-7")
                        .param("decidedOn.day", "31").param("decidedOn.month", "2").param("decidedOn.year", "2022")
                        .param("amount", "a million")
                        .param("sources[0].amount", "5")
                        .param("sources[1].streamId", "not-a-stream"))
                .andExpect(status().isOk())
                .andExpect(errorOn("decidedBy", "Enter who made the decision, for example Cabinet"))
                .andExpect(errorOn("decidedOn", "Date of the decision must be a real date"))
                .andExpect(errorOn("amount", "Amount must be a number of pounds and pence, like 1250.00"))
                .andExpect(errorOn("sources[0].streamId", "Select the funding stream for row 1"))
                .andExpect(errorOn("sources[1].streamId", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(fieldHolds("amount", "a million"));

        then(funding).should(never()).createDecision(any(), any());
    }

    private static MockHttpServletRequestBuilder decision(MockHttpServletRequestBuilder request, String reference) {
        return request.with(csrf()).param("decidedBy", "Cabinet").param("reference", reference)
                .param("decidedOn.day", "31").param("decidedOn.month", "3").param("decidedOn.year", "2022")
                .param("amount", "250,000").param("notes", "");
    }
}
