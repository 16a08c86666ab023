package org.tgov.funding.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.tgov.support.DecisionViewBuilder.aDecision;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.FINANCE;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.FundingManagement;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** Adding and releasing tranches without a database: what the forms say, who may use them, and every kind of "no". */
@WebMvcTest(TrancheController.class)
@Import(WebSliceConfiguration.class)
class TrancheControllerTests {

    static final String TRANCHES = "/programmes/7/funding/decisions/5/tranches";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    FundingManagement funding;

    @MockitoBean
    FundingFacts facts;

    @BeforeEach
    void aDecisionWithOneTrancheReleasedAndOneNot() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).build());
        given(facts.decision(7L, 5L)).willReturn(aDecision().id(5L).amount(1000, 3L)
                .tranche(41L, "Tranche 1", 600, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 1))
                .tranche(42L, "Tranche 2", 400, LocalDate.of(2022, 7, 1), null).build());
    }

    @Test
    void theFormSaysHowMuchOfTheDecisionTheTranchesAlreadyTake() throws Exception {
        mvc.perform(get(TRANCHES + "/new").with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Add a tranche to CAB-1"))
                .andExpect(content().string(containsString(
                        "The decision is for £1,000.00; its tranches so far add up to £1,000.00.")));
    }

    @Test
    void readersMayNotAddOrReleaseTranches() throws Exception {
        mvc.perform(get(TRANCHES + "/new").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(post(TRANCHES).with(csrf()).with(as(SCRUTINY)).param("name", "Tranche 3").param("amount", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post(TRANCHES + "/42/release").with(csrf()).with(as(SCRUTINY)).param("today", "true"))
                .andExpect(status().isForbidden());

        then(funding).shouldHaveNoInteractions();
    }

    @Test
    void refusesATrancheBeyondTheDecisionOnItsAmountSayingWhatIsLeft() throws Exception {
        willThrow(new Refused(Refusal.about("amount", "funding.tranche.total.exceeded", Money.parse("1000.01"),
                Money.pounds(1000), Money.ZERO))).given(funding).addTranche(eq(7L), eq(5L), any());

        mvc.perform(post(TRANCHES).with(csrf()).with(as(FINANCE)).param("name", "Tranche 3").param("amount", "0.01")
                        .param("availableFrom.day", "1").param("availableFrom.month", "10").param("availableFrom.year", "2022"))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Add a tranche"))
                .andExpect(errorOn("amount", "Tranches would add up to £1,000.01, more than the decision's £1,000.00. "
                        + "At most £0.00 is left to allocate."))
                .andExpect(fieldHolds("name", "Tranche 3"));
    }

    @Test
    void marksATrancheReleasedTodayByTheApplicationsClock() throws Exception {
        mvc.perform(post(TRANCHES + "/42/release").with(csrf()).with(as(FINANCE)).param("today", "true"))
                .andExpect(redirectedUrl("/programmes/7/funding"))
                .andExpect(flash().attribute("success", "Tranche 2 recorded as released on 15 September 2022"));

        then(funding).should().releaseTranche(7L, 5L, 42L, LocalDate.of(2022, 9, 15));
    }

    @Test
    void aReleaseBeforeTheTrancheIsAvailableIsShownOnItsDate() throws Exception {
        willThrow(new Refused(Refusal.about("releasedOn", "funding.tranche.releasedBeforeAvailable")))
                .given(funding).releaseTranche(7L, 5L, 42L, LocalDate.of(2022, 6, 30));

        mvc.perform(post(TRANCHES + "/42/release").with(csrf()).with(as(FINANCE))
                        .param("releasedOn.day", "30").param("releasedOn.month", "6").param("releasedOn.year", "2022"))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: Record the release of Tranche 2"))
                .andExpect(errorOn("releasedOn", "A tranche cannot be released before it is available"))
                .andExpect(fieldHolds("releasedOn.day", "30"));
    }

    @Test
    void aReleaseWithoutADateAsksForOneAndSavesNothing() throws Exception {
        mvc.perform(post(TRANCHES + "/42/release").with(csrf()).with(as(FINANCE)))
                .andExpect(status().isOk())
                .andExpect(errorOn("releasedOn", "Enter the date the tranche was released"));
        mvc.perform(post(TRANCHES).with(csrf()).with(as(FINANCE)).param("name", "Tranche 3").param("amount", "")
                        .param("availableFrom.day", "1").param("availableFrom.month", "").param("availableFrom.year", "2022"))
                .andExpect(status().isOk())
                .andExpect(errorOn("amount", "Enter the amount"))
                .andExpect(errorOn("availableFrom", "Date the tranche is available from must include a month"));

        then(funding).should(never()).releaseTranche(any(), any(), any(), any());
        then(funding).should(never()).addTranche(any(), any(), any());
    }

    @Test
    void aTrancheOfAnotherDecisionIsNotFoundAndAnUnreadableChoiceIsABadRequest() throws Exception {
        mvc.perform(get(TRANCHES + "/99/release").with(as(FINANCE))).andExpect(status().isNotFound());
        mvc.perform(post(TRANCHES + "/42/release").with(csrf()).with(as(FINANCE)).param("today", "perhaps"))
                .andExpect(status().isBadRequest());

        then(funding).shouldHaveNoInteractions();
    }
}
