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
import static org.tgov.support.FormPages.errorInSummary;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.FINANCE;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.StreamViewBuilder.aStream;
import static org.tgov.support.TestData.as;

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
import org.tgov.funding.FundingFacts;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.StreamDetails;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.FieldName;
import org.tgov.shared.Refused;
import org.tgov.shared.StaleEditException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The funding stream form without a database: the years it offers, who may use it, and every kind of "no". */
@WebMvcTest(FundingStreamController.class)
@Import(WebSliceConfiguration.class)
class FundingStreamControllerTests {

    static final String STREAMS = "/programmes/7/funding/streams";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    FundingManagement funding;

    @MockitoBean
    FundingFacts facts;

    @BeforeEach
    void aProgrammeOfThreeYears() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
    }

    @Test
    void offersAnAmountForEachYearOfTheProgrammeAndAnyOtherYearTheStreamAlreadyHas() throws Exception {
        given(facts.stream(7L, 3L)).willReturn(aStream().named("DfE grant").type(FundingStreamType.GRANT)
                .amount(2022, 1_700_000).amount(2025, 40_000).version(4).build());

        String html = mvc.perform(get(STREAMS + "/3/edit").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Change funding stream"))
                .andExpect(fieldHolds("name", "DfE grant"))
                .andExpect(fieldHolds("amounts[2022]", "1700000.00"))
                .andExpect(fieldHolds("amounts[2025]", "40000.00"))
                .andExpect(fieldHolds("version", "4"))
                .andReturn().getResponse().getContentAsString();

        Document page = page(html);
        assertThat(page.select("input[name^=amounts]").eachAttr("name"))
                .containsExactly("amounts[2021]", "amounts[2022]", "amounts[2023]", "amounts[2025]");
        assertThat(page.select("select[name=type] option[selected]").text()).isEqualTo("Grant");
    }

    @Test
    void readersMayNotAddOrChangeStreams() throws Exception {
        mvc.perform(get(STREAMS + "/new").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(stream(post(STREAMS), "Reserve", "100").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(stream(post(STREAMS + "/3"), "Reserve", "100").with(as(SCRUTINY))).andExpect(status().isForbidden());

        then(funding).shouldHaveNoInteractions();
    }

    @Test
    void savesTheAmountsTypedForEachYearAndGoesBackToFunding() throws Exception {
        mvc.perform(stream(post(STREAMS), "Reserve", "£1,250.50").with(as(OFFICER)))
                .andExpect(redirectedUrl("/programmes/7/funding"));

        then(funding).should().createStream(7L, new StreamDetails("Reserve", FundingStreamType.RESERVE, ""),
                Map.of(new FinancialYear(2022), Money.parse("1250.50")));
    }

    @Test
    void refusalsFromTheFundingRulesAreShownOnTheirFieldsInTheirOwnWords() throws Exception {
        given(funding.createStream(eq(7L), any(), any())).willThrow(new Refused(List.of(
                Refusal.about("name", "funding.stream.name.taken", "Reserve"),
                Refusal.about("amounts[2022]", "amount.notNegative", FieldName.of("funding.field.amountFor", new FinancialYear(2022)).atStart()))));

        mvc.perform(stream(post(STREAMS), "Reserve", "100").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Add a funding stream"))
                .andExpect(errorOn("name", "This programme already has a funding stream called Reserve"))
                .andExpect(errorOn("amounts[2022]", "Amount for 2022/23 must be £0 or more"))
                .andExpect(fieldHolds("name", "Reserve"))
                .andExpect(fieldHolds("amounts[2022]", "100"));
    }

    @Test
    void aStaleEditShowsTheSavedStreamBesideTheUnsavedChanges() throws Exception {
        given(facts.stream(7L, 3L)).willReturn(aStream().amount(2022, 2500).version(1).build());
        willThrow(new StaleEditException("record.fundingStream")).given(funding)
                .updateStream(eq(7L), eq(3L), anyLong(), any(), any());

        String html = mvc.perform(stream(post(STREAMS + "/3"), "Renamed reserve", "9999").param("version", "0").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(fieldHolds("name", "Reserve"))
                .andExpect(fieldHolds("amounts[2022]", "2500.00"))
                .andExpect(fieldHolds("version", "1"))
                .andReturn().getResponse().getContentAsString();

        Document page = page(html);
        assertThat(page.select(".govuk-error-summary").text())
                .contains("This funding stream was changed by someone else while you were editing it.");
        assertThat(page.select("[data-test=unsaved-changes]").text())
                .contains("Your changes, not saved", "Renamed reserve", "9999");
    }

    @Test
    void unreadableAnswersAreShownOnTheirFieldsAsTypedAndNothingIsSaved() throws Exception {
        mvc.perform(post(STREAMS).with(csrf()).with(as(OFFICER))
                        .param("name", "").param("type", "NOT_A_TYPE")
                        .param("amounts[2021]", "-5").param("amounts[2022]", "lots").param("amounts[2023]", "1e9"))
                .andExpect(status().isOk())
                .andExpect(errorOn("name", "Enter the funding stream's name"))
                .andExpect(errorOn("type", "This answer could not be read. Choose again from the options on this page."))
                .andExpect(errorOn("amounts[2021]", "Amount for 2021/22 must be £0 or more"))
                .andExpect(errorOn("amounts[2022]", "Amount for 2022/23 must be a number of pounds and pence, like 1250.00"))
                .andExpect(errorOn("amounts[2023]", "Amount for 2023/24 must be a number of pounds and pence, like 1250.00"))
                .andExpect(fieldHolds("amounts[2022]", "lots"));

        then(funding).should(never()).createStream(any(), any(), any());
    }

    @Test
    void anAmountForAYearThatIsNoYearIsAFormErrorNotAFailure() throws Exception {
        mvc.perform(stream(post(STREAMS), "Reserve", "100").param("amounts[next]", "5").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Add a funding stream"))
                .andExpect(errorInSummary("This answer could not be read. Choose again from the options on this page."));

        then(funding).should(never()).createStream(any(), any(), any());
    }

    private static MockHttpServletRequestBuilder stream(MockHttpServletRequestBuilder request, String name, String amount2022) {
        return request.with(csrf()).param("name", name).param("type", "RESERVE").param("notes", "")
                .param("amounts[2021]", "").param("amounts[2022]", amount2022).param("amounts[2023]", "");
    }
}
