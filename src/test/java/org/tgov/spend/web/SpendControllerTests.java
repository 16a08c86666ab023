package org.tgov.spend.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.FormPages.errorOn;
import static org.tgov.support.FormPages.fieldHolds;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.shared.Money;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;
import org.tgov.spend.CommitmentView;

/** Recording spend and commitments on the cost line page without a database, above all the tranche limit. */
@WebMvcTest(SpendController.class)
class SpendControllerTests extends CostLinePageSlice {

    @Autowired
    MockMvc mvc;

    @Test
    void recordsAMonthsSpendAndSaysSo() throws Exception {
        mvc.perform(spend("5", "£250").with(as(OFFICER)))
                .andExpect(redirectedUrl("/cost-lines/11"))
                .andExpect(flash().attribute("success", "Spend of £250.00 recorded for May 2022"));

        then(spend).should().record(11L, LocalDate.of(2022, 5, 1), Money.pounds(250), "INV-1", "");
    }

    @Test
    void readersMayNotRecordSpendOrCommitments() throws Exception {
        mvc.perform(spend("5", "250").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(commitment("400").with(as(SCRUTINY))).andExpect(status().isForbidden());
        mvc.perform(post("/cost-lines/11/commitments/61/close").with(csrf()).with(as(SCRUTINY)))
                .andExpect(status().isForbidden());

        then(spend).shouldHaveNoInteractions();
    }

    @Test
    void refusesSpendBeyondReleasedTranchesOnItsAmountSayingHowMuchIsLeft() throws Exception {
        given(spend.record(eq(11L), any(), any(), any(), any())).willThrow(new Refused(Refusal.about("amount",
                "spend.trancheLimit", "CAB-1", "Cabinet", Money.pounds(1200), Money.pounds(600), Money.pounds(100))));

        mvc.perform(spend("5", "950").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Error: AG-1 Agency social workers"))
                .andExpect(errorOn("spendAmount", "This would take spend and commitments against CAB-1 (Cabinet) to "
                        + "£1,200.00, more than the £600.00 released in its tranches so far. £100.00 is left."))
                .andExpect(fieldHolds("spendAmount", "950"))
                .andExpect(fieldHolds("spendReference", "INV-1"));
    }

    @Test
    void refusesACommitmentWhenNothingIsLeftOnItsAmount() throws Exception {
        given(spend.commit(eq(11L), any(), any(), any(), any(), any())).willThrow(new Refused(Refusal.about("amount",
                "spend.trancheLimit.nothingLeft", "CAB-1", "Cabinet", Money.pounds(1000), Money.pounds(600), Money.ZERO)));

        mvc.perform(commitment("400").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(errorOn("commitmentAmount", "This would take spend and commitments against CAB-1 (Cabinet) to "
                        + "£1,000.00, more than the £600.00 released in its tranches so far. Nothing is left."))
                .andExpect(fieldHolds("commitmentSupplier", "Agency Ltd"));
    }

    @Test
    void mistakesInTheFormsAreShownAsTypedAndNothingIsSaved() throws Exception {
        mvc.perform(spend("13", "0").with(as(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(errorOn("spendMonth", "Month of the spend must be a real month, like 4 2022"))
                .andExpect(errorOn("spendAmount", "Enter an amount other than £0"))
                .andExpect(fieldHolds("spendMonth.month", "13"));
        mvc.perform(post("/cost-lines/11/spend").with(csrf()).with(as(OFFICER)).param("spendMonth.month", "5")
                        .param("spendAmount", "12.345"))
                .andExpect(status().isOk())
                .andExpect(errorOn("spendMonth", "Month of the spend must include a year"))
                .andExpect(errorOn("spendAmount", "Amount must not have more than 2 decimal places"));
        mvc.perform(post("/cost-lines/11/commitments").with(csrf()).with(as(OFFICER))
                        .param("commitmentDate.day", "1").param("commitmentDate.month", "5").param("commitmentDate.year", "22")
                        .param("commitmentAmount", "-5").param("commitmentSupplier", ""))
                .andExpect(status().isOk())
                .andExpect(errorOn("commitmentDate", "Year must include 4 numbers"))
                .andExpect(errorOn("commitmentAmount", "Amount must be more than £0"))
                .andExpect(errorOn("commitmentSupplier", "Enter the supplier"));

        then(spend).should(never()).record(any(), any(), any(), any(), any());
        then(spend).should(never()).commit(any(), any(), any(), any(), any(), any());
    }

    @Test
    void closesAnOpenCommitmentOfTheLineAndOnlyOfTheLine() throws Exception {
        given(spend.commitmentsOn(11L)).willReturn(List.of(new CommitmentView(61L, 11L, LocalDate.of(2022, 5, 1), Y2022,
                Money.pounds(400), "Agency Ltd", "PO-9", null, true)));

        mvc.perform(post("/cost-lines/11/commitments/61/close").with(csrf()).with(as(OFFICER)))
                .andExpect(redirectedUrl("/cost-lines/11"))
                .andExpect(flash().attribute("success", "Commitment of £400.00 to Agency Ltd closed: it no longer counts "
                        + "against the budget or the tranches"));
        mvc.perform(post("/cost-lines/11/commitments/62/close").with(csrf()).with(as(OFFICER)))
                .andExpect(status().isNotFound());

        then(spend).should().closeCommitment(11L, 61L);
        then(spend).should(never()).closeCommitment(11L, 62L);
    }

    private static MockHttpServletRequestBuilder spend(String month, String amount) {
        return post("/cost-lines/11/spend").with(csrf()).param("spendMonth.month", month).param("spendMonth.year", "2022")
                .param("spendAmount", amount).param("spendReference", "INV-1").param("spendDescription", "");
    }

    private static MockHttpServletRequestBuilder commitment(String amount) {
        return post("/cost-lines/11/commitments").with(csrf())
                .param("commitmentDate.day", "1").param("commitmentDate.month", "5").param("commitmentDate.year", "2022")
                .param("commitmentAmount", amount).param("commitmentSupplier", "Agency Ltd");
    }
}
