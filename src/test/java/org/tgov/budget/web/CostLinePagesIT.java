package org.tgov.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.budget.CostCategory;
import org.tgov.budget.CostLineDetails;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.CostLineView;
import org.tgov.budget.ExpenditureType;
import org.tgov.budget.ForecastManagement;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.StreamDetails;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.spend.SpendManagement;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

@IntegrationTest
class CostLinePagesIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired CostLineManagement costLines;
    @Autowired FundingManagement funding;
    @Autowired SpendManagement spend;
    @Autowired ForecastManagement forecasts;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void listsTheProgrammesCostLinesWithTheirFiguresForEveryReader() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser scrutiny = data.user(council, Role.SCRUTINY_MEMBER);
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(get("/programmes/{id}/cost-lines", money.programmeId()).with(as(scrutiny)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Line AG-1")))
                .andExpect(content().string(containsString("Workforce")))
                .andExpect(content().string(containsString("Agency staff")))
                .andExpect(content().string(containsString("Charged to CAB-1")))
                .andExpect(content().string(containsString("£2,000.00")))
                .andExpect(content().string(containsString("href=\"/cost-lines/" + money.chargedLineId() + "\"")))
                .andExpect(content().string(not(containsString("Add a cost line"))));
        mvc.perform(get("/programmes/{id}/cost-lines", money.programmeId()).with(as(officer)))
                .andExpect(content().string(containsString("Add a cost line")));
    }

    @Test
    void createsACostLineWithABudgetForEachYear() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        mvc.perform(get("/programmes/{id}/cost-lines/new", money.programmeId()).with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("These figures are illustrative, not taken from a source document")))
                .andExpect(content().string(containsString("Not charged to a decision")))
                .andExpect(content().string(containsString("id=\"budget[2023]\"")));

        mvc.perform(form(post("/programmes/{id}/cost-lines", money.programmeId()), money, "TR-9", "IMPROVEMENT",
                        money.streamId(), "budget[2022]", "£1,250.50", "budget[2023]", "300", "illustrative", "true")
                        .with(as(finance)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/cost-lines/*"));

        Tenancy.runAs(council.id(), () -> {
            CostLineView created = costLines.of(money.programmeId()).stream().filter(c -> c.code().equals("TR-9"))
                    .findFirst().orElseThrow();
            assertThat(created.illustrative()).isTrue();
            assertThat(created.fte()).isEqualByComparingTo("2.5");
            assertThat(costLines.originalBudget(created.id())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    new FinancialYear(2022), Money.parse("1250.50"), new FinancialYear(2023), Money.pounds(300)));
        });
        Long id = Tenancy.callAs(council.id(), () -> costLines.of(money.programmeId()).stream()
                .filter(c -> c.code().equals("TR-9")).findFirst().orElseThrow().id());
        mvc.perform(get("/cost-lines/{id}", id).with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Original budget")))
                .andExpect(content().string(containsString("£1,250.50")));
    }

    @Test
    void showsWhyCapitalReceiptsCannotFundImprovementOrUnlinkedSpend() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long receipts = Tenancy.callAs(council.id(), () -> funding.createStream(money.programmeId(), new StreamDetails("Capital receipts",
                FundingStreamType.CAPITAL_RECEIPTS, null), Map.of(FinanceFixture.YEAR, Money.pounds(100))));

        mvc.perform(form(post("/programmes/{id}/cost-lines", money.programmeId()), money, "CR-1", "IMPROVEMENT", receipts)
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: ")))
                .andExpect(content().string(containsString("capital receipts cannot fund improvement or business as usual")))
                .andExpect(content().string(containsString("href=\"#expenditureType\"")));
        mvc.perform(form(post("/programmes/{id}/cost-lines", money.programmeId()), money, "CR-1", "TRANSFORMATION", receipts)
                        .with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("linked to the savings it is designed to deliver")))
                .andExpect(content().string(containsString("href=\"#savingsTargetIds\"")));
        assertThat(Tenancy.callAs(council.id(), () -> costLines.of(money.programmeId()))).hasSize(2);
    }

    @Test
    void refusesAnEditOfACostLineSomeoneElseChangedMeanwhile() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        mvc.perform(get("/cost-lines/{id}/edit", money.otherLineId()).with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1000.00\"")));
        // a colleague renames the line after the form was opened at version 0
        Tenancy.runAs(council.id(), () -> costLines.update(money.otherLineId(), 0, new CostLineDetails(money.workstreamId(),
                "RC-1", "Renamed by a colleague", CostCategory.AGENCY_STAFF, ExpenditureType.IMPROVEMENT,
                Map.of(FinanceFixture.YEAR, money.streamId()), null, java.util.Set.of(), BigDecimal.ONE, false),
                Map.of(FinanceFixture.YEAR, Money.pounds(1000))));

        mvc.perform(form(post("/cost-lines/{id}", money.otherLineId()), money, "RC-1", "IMPROVEMENT", money.streamId(),
                        "name", "My name", "budget[2022]", "5000").with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This cost line was changed by someone else")))
                .andExpect(content().string(containsString("value=\"Renamed by a colleague\"")))
                .andExpect(content().string(containsString("Your changes, not saved")));
        Tenancy.runAs(council.id(), () -> {
            assertThat(costLines.get(money.otherLineId()).name()).isEqualTo("Renamed by a colleague");
            assertThat(costLines.originalBudget(money.otherLineId())).containsEntry(FinanceFixture.YEAR, Money.pounds(1000));
        });
    }

    @Test
    void anotherOrganisationsCostLinesAreNotFound() throws Exception {
        FinanceSetup theirs = fixture.create(data.council());
        Council ours = data.council();
        FinanceSetup mine = fixture.create(ours);
        SignedInUser finance = data.user(ours, Role.FINANCE);
        mvc.perform(get("/programmes/{id}/cost-lines", theirs.programmeId()).with(as(finance)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cost-lines/{id}", theirs.chargedLineId()).with(as(finance))).andExpect(status().isNotFound());
        mvc.perform(get("/cost-lines/{id}/edit", theirs.chargedLineId()).with(as(finance))).andExpect(status().isNotFound());
        mvc.perform(form(post("/cost-lines/{id}", theirs.chargedLineId()), mine, "AG-1", "IMPROVEMENT", mine.streamId())
                .with(as(finance))).andExpect(status().isNotFound());
        mvc.perform(form(post("/programmes/{id}/cost-lines", theirs.programmeId()), mine, "ZZ-1", "IMPROVEMENT",
                mine.streamId()).with(as(finance))).andExpect(status().isNotFound());
    }

    @Test
    void theListAndTheCostLinePageCostTheSameQueriesHoweverMuchDataThereIs() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        long listBefore = queries(get("/programmes/{id}/cost-lines", money.programmeId()).with(as(finance)));
        long pageBefore = queries(get("/cost-lines/{id}", money.otherLineId()).with(as(finance)));
        assertThat(listBefore).isBetween(1L, 20L);
        assertThat(pageBefore).isBetween(1L, 25L);

        Tenancy.runAs(council.id(), () -> {
            for (int i = 0; i < 5; i++) {
                costLines.create(money.programmeId(), FinanceFixture.details(money.workstreamId(), "MORE-" + i,
                        money.streamId(), money.decisionId()), Map.of(FinanceFixture.YEAR, Money.pounds(10)));
            }
            for (int month = 4; month <= 12; month++) {
                spend.record(money.otherLineId(), LocalDate.of(2022, month, 1), Money.pounds(10), "INV-" + month, null);
                spend.commit(money.otherLineId(), LocalDate.of(2022, month, 1), Money.pounds(1), "Supplier " + month, null, null);
            }
            forecasts.set(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(900), null, null);
            forecasts.set(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(950), 0L, null);
            forecasts.set(money.otherLineId(), new FinancialYear(2023), Money.pounds(5), null, null);
        });

        assertThat(queries(get("/programmes/{id}/cost-lines", money.programmeId()).with(as(finance)))).isEqualTo(listBefore);
        assertThat(queries(get("/cost-lines/{id}", money.otherLineId()).with(as(finance)))).isEqualTo(pageBefore);
    }

    /** How many SQL statements a request prepares. */
    private long queries(MockHttpServletRequestBuilder request) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            mvc.perform(request).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** A complete, valid cost line form; {@code changes} are field, value pairs that replace or add to it. */
    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, FinanceSetup money,
            String code, String expenditureType, Long streamId, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("workstreamId", money.workstreamId().toString());
        fields.put("code", code);
        fields.put("name", "Line " + code);
        fields.put("category", "TRAINING");
        fields.put("expenditureType", expenditureType);
        for (int year = 2021; year <= 2023; year++) {
            fields.put("streams[" + year + "]", streamId.toString());
        }
        fields.put("fundingDecisionId", "");
        fields.put("_savingsTargetIds", "on");
        fields.put("fte", "2.5");
        fields.put("version", "0");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        request.with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
