package org.tgov.benefits.web;

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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.benefits.Confidence;
import org.tgov.benefits.SavingsManagement;
import org.tgov.benefits.SavingsTargetDetails;
import org.tgov.budget.CostCategory;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.ExpenditureType;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.StreamDetails;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.shared.Money;
import org.tgov.spend.SpendManagement;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
class SavingsPagesIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired SavingsManagement savings;
    @Autowired FundingManagement funding;
    @Autowired CostLineManagement costLines;
    @Autowired SpendManagement spend;

    Council council;
    FinanceSetup money;
    SignedInUser officer;
    String page;

    @BeforeEach
    void setUp() {
        council = data.council();
        money = fixture.create(council);
        officer = data.user(council, Role.OFFICER);
        page = "/programmes/" + money.programmeId() + "/savings";
    }

    @Test
    void addsATargetAndShowsItWithTheYearsTotals() throws Exception {
        mvc.perform(get(page + "/new").with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2022/23")));
        mvc.perform(valid(post(page), "Fewer agency social workers", "120000", "30000.50"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", "Savings target added"));
        mvc.perform(valid(post(page), "Cheaper placements", "1000", ""))
                .andExpect(redirectedUrl(page));

        mvc.perform(get(page).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fewer agency social workers")))
                .andExpect(content().string(containsString("Workforce")))
                .andExpect(content().string(containsString("£121,000.00")))
                .andExpect(content().string(containsString("£30,000.50")))
                .andExpect(content().string(containsString("£90,999.50")));
    }

    @Test
    void changesATargetAndRefusesAStaleEdit() throws Exception {
        Long id = target("Fewer agency staff", 5000, 0);
        mvc.perform(get(page + "/" + id + "/edit").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"5000.00\"")));
        mvc.perform(valid(post(page + "/" + id), "Fewer agency staff", "5000", "2500").param("version", "0"))
                .andExpect(redirectedUrl(page));
        mvc.perform(valid(post(page + "/" + id), "Someone else's old view", "1", "1").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was changed by someone else")))
                .andExpect(content().string(containsString("value=\"2500.00\"")));
        Tenancy.runAs(council.id(), () -> assertThat(savings.get(money.programmeId(), id).description()).isEqualTo("Fewer agency staff"));
    }

    @Test
    void theCapitalReceiptsPageShowsExpectedAgainstActualSpendAndSavings() throws Exception {
        Long target = target("Edge of care savings", 8000, 2000);
        Tenancy.runAs(council.id(), () -> {
            Long stream = funding.createStream(money.programmeId(), new StreamDetails("Capital receipts",
                    FundingStreamType.CAPITAL_RECEIPTS, null), Map.of(FinanceFixture.YEAR, Money.pounds(6000)));
            Long line = costLines.create(money.programmeId(), new CostLineDetails(money.workstreamId(), "CR-1",
                    "Edge of care team", CostCategory.PERMANENT_STAFF, ExpenditureType.TRANSFORMATION,
                    Map.of(FinanceFixture.YEAR, stream), null, java.util.Set.of(target), BigDecimal.ONE, false),
                    Map.of(FinanceFixture.YEAR, Money.pounds(5000)));
            spend.record(line, LocalDate.of(2022, 6, 1), Money.pounds(1200), "INV-9", null);
        });
        mvc.perform(get(page + "/capital-receipts").with(as(data.user(council, Role.SCRUTINY_MEMBER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CR-1 Edge of care team")))
                .andExpect(content().string(containsString("Edge of care savings (2022/23)")))
                .andExpect(content().string(containsString("£6,000.00")))
                .andExpect(content().string(containsString("£5,000.00")))
                .andExpect(content().string(containsString("£1,200.00")))
                .andExpect(content().string(containsString("£3,800.00")))
                .andExpect(content().string(containsString("£8,000.00")))
                .andExpect(content().string(containsString("£2,000.00")))
                .andExpect(content().string(not(containsString("AG-1"))));
    }

    @Test
    void onlyEnterersChangeSavingsAndOtherOrganisationsSeeNothing() throws Exception {
        Long id = target("Saving", 100, 0);
        SignedInUser scrutiny = data.user(council, Role.SCRUTINY_MEMBER);
        mvc.perform(get(page).with(as(scrutiny)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a savings target"))));
        mvc.perform(post(page).with(csrf()).with(as(scrutiny))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + id).with(csrf()).with(as(scrutiny))).andExpect(status().isForbidden());

        SignedInUser stranger = data.user(data.council(), Role.OFFICER);
        mvc.perform(get(page).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/capital-receipts").with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/" + id + "/edit").with(as(stranger))).andExpect(status().isNotFound());

        Long otherProgramme = data.programme(council);
        mvc.perform(get("/programmes/" + otherProgramme + "/savings/" + id + "/edit").with(as(officer)))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String description, String planned,
            String delivered) {
        return request.param("workstreamId", money.workstreamId().toString()).param("financialYear", "2022")
                .param("description", description).param("planned", planned).param("delivered", delivered)
                .param("cashable", "true").param("confidence", "MEDIUM").param("evidence", "Budget report")
                .with(csrf()).with(as(officer));
    }

    private Long target(String description, long planned, long delivered) {
        return Tenancy.callAs(council.id(), () -> savings.create(money.programmeId(), new SavingsTargetDetails(
                money.workstreamId(), FinanceFixture.YEAR, description, Money.pounds(planned), Money.pounds(delivered),
                true, null, Confidence.HIGH)));
    }
}
