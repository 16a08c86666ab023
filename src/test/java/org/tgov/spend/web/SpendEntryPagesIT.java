package org.tgov.spend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.shared.Money;
import org.tgov.spend.CommitmentView;
import org.tgov.spend.SpendEntryView;
import org.tgov.spend.SpendManagement;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/** Recording spend and commitments on the cost line page, within the released tranches. */
@IntegrationTest
class SpendEntryPagesIT {

    private static final LocalDate MAY = LocalDate.of(2022, 5, 1);

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired SpendManagement spend;

    @Test
    void recordsAMonthsSpendAndACreditAndShowsThemByMonth() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);

        mvc.perform(spend(money.chargedLineId(), "5", "2022", "500", "INV-1").with(as(finance)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cost-lines/" + money.chargedLineId()))
                .andExpect(flash().attribute("success", "Spend of £500.00 recorded for May 2022"));
        mvc.perform(spend(money.chargedLineId(), "5", "2022", "-50", "CR-1").with(as(finance)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/cost-lines/{id}", money.chargedLineId()).with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("May 2022")))
                .andExpect(content().string(containsString("£450.00")))
                .andExpect(content().string(containsString("−£50.00")))
                .andExpect(content().string(containsString("INV-1")))
                .andExpect(content().string(containsString(">Entered</strong>")));
    }

    /** Spend and commitments above budget are flagged wherever the line's figures appear. */
    @Test
    void spendAboveTheBudgetIsFlaggedOnTheLineTheListTheFinancePageAndTheBoardView() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        String line = "/cost-lines/" + money.otherLineId();

        mvc.perform(get(line).with(as(finance)))
                .andExpect(content().string(not(containsString("data-test=\"overspent\""))));
        mvc.perform(get("/programmes/{id}/resources-board", money.programmeId()).param("year", "2022").with(as(finance)))
                .andExpect(content().string(containsString("none is spending beyond it")));

        // £1,000 budget: £900 spent and a £150 commitment open
        mvc.perform(spend(money.otherLineId(), "5", "2022", "900", "INV-9").with(as(finance)))
                .andExpect(status().is3xxRedirection());
        Tenancy.runAs(council.id(), () -> spend.commit(money.otherLineId(), MAY, Money.pounds(150), "Supplier", null, null));

        mvc.perform(get(line).with(as(finance)))
                .andExpect(content().string(containsString("data-test=\"overspent\"")))
                .andExpect(content().string(containsString(
                        "2022/23: £1,050.00 spent and committed against a budget of £1,000.00 and a forecast of £1,000.00")));
        mvc.perform(get("/programmes/{id}/cost-lines", money.programmeId()).with(as(finance)))
                .andExpect(content().string(containsString("1 cost line has")))
                .andExpect(content().string(containsString("data-test=\"overspent\">Overspent")));
        mvc.perform(get("/programmes/{id}/finance", money.programmeId()).param("year", "2022").with(as(finance)))
                .andExpect(content().string(containsString("1 cost line is")))
                .andExpect(content().string(containsString(money.otherCode())));
        mvc.perform(get("/programmes/{id}/resources-board", money.programmeId()).param("year", "2022").with(as(finance)))
                .andExpect(content().string(containsString("1 cost line is")))
                .andExpect(content().string(not(containsString("no cost line is forecast to differ from its budget"))));
    }

    @Test
    void refusesSpendBeyondTheReleasedTranchesSayingHowMuchIsLeftAndSavesNothing() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Tenancy.runAs(council.id(), () -> spend.record(money.chargedLineId(), MAY, Money.pounds(500), "INV-1", null));

        mvc.perform(spend(money.chargedLineId(), "6", "2022", "150", "INV-2").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("more than the £600.00 released in its tranches so far")))
                .andExpect(content().string(containsString("£100.00 is left.")))
                .andExpect(content().string(containsString("href=\"#spendAmount\"")))
                .andExpect(content().string(containsString("value=\"150\"")))
                .andExpect(content().string(containsString("value=\"INV-2\"")));
        List<SpendEntryView> saved = Tenancy.callAs(council.id(), () -> spend.spendOn(money.chargedLineId()));
        assertThat(saved).extracting(SpendEntryView::reference).containsExactly("INV-1");
    }

    @Test
    void addsAndClosesCommitmentsAndRefusesOneBeyondTheTranches() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);

        mvc.perform(commitment(money.chargedLineId(), "550", "Agency Ltd").with(as(finance)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cost-lines/" + money.chargedLineId()));
        mvc.perform(commitment(money.chargedLineId(), "100", "Other Ltd").with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("£50.00 is left.")))
                .andExpect(content().string(containsString("href=\"#commitmentAmount\"")));
        mvc.perform(commitment(money.chargedLineId(), "", " ").with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the amount")))
                .andExpect(content().string(containsString("Enter the supplier")));

        CommitmentView open = Tenancy.callAs(council.id(), () -> spend.commitmentsOn(money.chargedLineId())).get(0);
        assertThat(Tenancy.callAs(council.id(), () -> spend.commitmentsOn(money.chargedLineId()))).hasSize(1);
        mvc.perform(get("/cost-lines/{id}", money.chargedLineId()).with(as(finance)))
                .andExpect(content().string(containsString("Agency Ltd")))
                .andExpect(content().string(containsString(">Open</strong>")));

        mvc.perform(post("/cost-lines/{id}/commitments/{c}/close", money.chargedLineId(), open.id())
                        .with(csrf()).with(as(finance)))
                .andExpect(status().is3xxRedirection());
        assertThat(Tenancy.callAs(council.id(), () -> spend.commitmentsOn(money.chargedLineId())).get(0).open())
                .isFalse();
        // closed, it no longer counts: the second order now fits
        mvc.perform(commitment(money.chargedLineId(), "100", "Other Ltd").with(as(finance)))
                .andExpect(status().is3xxRedirection());
        // a commitment is closed only through its own cost line
        mvc.perform(post("/cost-lines/{id}/commitments/{c}/close", money.otherLineId(), open.id())
                .with(csrf()).with(as(finance))).andExpect(status().isNotFound());
    }

    @Test
    void anotherOrganisationsCostLineTakesNoSpend() throws Exception {
        FinanceSetup theirs = fixture.create(data.council());
        SignedInUser finance = data.user(data.council(), Role.FINANCE);
        mvc.perform(spend(theirs.otherLineId(), "5", "2022", "10", "X").with(as(finance))).andExpect(status().isNotFound());
        mvc.perform(spend(theirs.otherLineId(), "", "", "", "X").with(as(finance))).andExpect(status().isNotFound());
        mvc.perform(commitment(theirs.otherLineId(), "10", "X Ltd").with(as(finance))).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder spend(Long costLineId, String month, String year, String amount,
            String reference) {
        return post("/cost-lines/{id}/spend", costLineId).with(csrf())
                .param("spendMonth.month", month).param("spendMonth.year", year)
                .param("spendAmount", amount).param("spendReference", reference).param("spendDescription", "");
    }

    private static MockHttpServletRequestBuilder commitment(Long costLineId, String amount, String supplier) {
        return post("/cost-lines/{id}/commitments", costLineId).with(csrf())
                .param("commitmentDate.day", "3").param("commitmentDate.month", "5").param("commitmentDate.year", "2022")
                .param("commitmentAmount", amount).param("commitmentSupplier", supplier)
                .param("commitmentReference", "PO-" + TestData.unique("1")).param("commitmentDescription", "");
    }
}
