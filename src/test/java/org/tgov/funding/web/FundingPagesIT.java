package org.tgov.funding.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.funding.DecisionDetails;
import org.tgov.funding.DecisionView;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.NewTranche;
import org.tgov.funding.StreamDetails;
import org.tgov.funding.StreamView;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData.Council;
import org.tgov.support.TestData;

/** The funding page and its stream, decision and tranche forms. */
@IntegrationTest
class FundingPagesIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired FundingManagement funding;
    @Autowired FundingFacts facts;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void costsTheSameNumberOfQueriesWhateverTheAmountOfFunding() throws Exception {
        Council council = data.council();
        FinanceSetup small = fixture.create(council);
        FinanceSetup large = fixture.create(council);
        Tenancy.runAs(council.id(), () -> {
            for (int i = 0; i < 4; i++) {
                funding.createStream(large.programmeId(), new StreamDetails("Grant " + i, FundingStreamType.GRANT, null),
                        Map.of(FinanceFixture.YEAR, Money.pounds(10), FinanceFixture.YEAR.next(), Money.pounds(20)));
                Long decision = funding.createDecision(large.programmeId(), new DecisionDetails("Cabinet",
                        LocalDate.of(2022, 4, 1), "EXTRA-" + i, Money.pounds(100), Map.of(), null));
                funding.addTranche(large.programmeId(), decision, new NewTranche("A", Money.pounds(50), LocalDate.of(2022, 4, 1),
                        LocalDate.of(2022, 4, 1)));
                funding.addTranche(large.programmeId(), decision, new NewTranche("B", Money.pounds(50), LocalDate.of(2022, 5, 1), null));
            }
        });
        SignedInUser officer = data.user(council, Role.OFFICER);

        long forSmall = queriesFor(small.programmeId(), officer);
        assertThat(forSmall).isPositive();
        assertThat(queriesFor(large.programmeId(), officer)).isEqualTo(forSmall);
    }

    private long queriesFor(Long programmeId, SignedInUser user) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            mvc.perform(get("/programmes/{id}/funding", programmeId).with(as(user))).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void addsAStreamWithAnAmountForSomeYears() throws Exception {
        Council council = data.council();
        Long programme = data.programme(council);
        SignedInUser finance = data.user(council, Role.FINANCE);

        mvc.perform(get("/programmes/{id}/funding/streams/new", programme).with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"amounts[2022]\"")))
                .andExpect(content().string(containsString("govuk-input__prefix")));
        mvc.perform(post("/programmes/{id}/funding/streams", programme).with(csrf()).with(as(finance))
                        .param("name", "DfE grant").param("type", "GRANT").param("notes", "")
                        .param("amounts[2021]", "").param("amounts[2022]", "£1,700,000").param("amounts[2023]", "250.5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programmes/" + programme + "/funding"));

        StreamView saved = Tenancy.callAs(council.id(), () -> facts.streams(programme).get(0));
        assertThat(saved.type()).isEqualTo(FundingStreamType.GRANT);
        assertThat(saved.amounts()).containsExactly(
                Map.entry(new FinancialYear(2022), Money.pounds(1_700_000)),
                Map.entry(new FinancialYear(2023), Money.parse("250.50")));
        mvc.perform(get("/programmes/{id}/funding", programme).with(as(finance)))
                .andExpect(content().string(containsString("£1,700,250.50")));
    }

    @Test
    void refusesAStaleEditOfAStream() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        String url = "/programmes/" + money.programmeId() + "/funding/streams/" + money.streamId();

        mvc.perform(get(url + "/edit").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2000.00\"")));
        mvc.perform(post(url).with(csrf()).with(as(officer)).param("name", "Reserve").param("type", "RESERVE")
                        .param("amounts[2022]", "2500").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url).with(csrf()).with(as(officer)).param("name", "Reserve").param("type", "RESERVE")
                        .param("amounts[2022]", "9999").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This funding stream was changed by someone else")))
                .andExpect(content().string(containsString("value=\"2500.00\"")))
                .andExpect(content().string(containsString("Your changes, not saved")));

        assertThat(Tenancy.callAs(council.id(), () -> facts.stream(money.programmeId(), money.streamId()).amounts()))
                .containsExactly(Map.entry(FinanceFixture.YEAR, Money.pounds(2500)));
    }

    @Test
    void addsADecisionAndShowsItsErrors() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        String url = "/programmes/" + money.programmeId() + "/funding/decisions";

        mvc.perform(post(url).with(csrf()).with(as(finance)).param("decidedBy", "").param("reference", "ODR-7")
                        .param("decidedOn.day", "31").param("decidedOn.month", "2").param("decidedOn.year", "2022")
                        .param("amount", "a million"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter who made the decision, for example Cabinet")))
                .andExpect(content().string(containsString("Date of the decision must be a real date")))
                .andExpect(content().string(containsString("Amount must be a number of pounds and pence, like 1250.00")))
                .andExpect(content().string(containsString("value=\"a million\"")));
        mvc.perform(post(url).with(csrf()).with(as(finance)).param("decidedBy", "Officer Decision Record").param("reference", "ODR-7")
                        .param("decidedOn.day", "1").param("decidedOn.month", "6").param("decidedOn.year", "2022").param("amount", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Amount must be more than £0")));
        mvc.perform(post(url).with(csrf()).with(as(finance)).param("decidedBy", "Cabinet").param("reference", "cab-1")
                        .param("decidedOn.day", "1").param("decidedOn.month", "6").param("decidedOn.year", "2022").param("amount", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This programme already has a decision with reference cab-1")));
        assertThat(Tenancy.callAs(council.id(), () -> facts.decisions(money.programmeId()))).hasSize(1);

        mvc.perform(post(url).with(csrf()).with(as(finance)).param("decidedBy", "Officer Decision Record").param("reference", "ODR-7")
                        .param("decidedOn.day", "1").param("decidedOn.month", "6").param("decidedOn.year", "2022")
                        .param("amount", "250,000").param("sources[0].streamId", money.streamId().toString()).param("notes", "Agency cover"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/programmes/{id}/funding", money.programmeId()).with(as(finance)))
                .andExpect(content().string(containsString("ODR-7 – Officer Decision Record")))
                .andExpect(content().string(containsString("1 June 2022")))
                .andExpect(content().string(containsString("£250,000.00")))
                .andExpect(content().string(containsString("Agency cover")))
                .andExpect(content().string(containsString("No tranches yet")));
    }

    @Test
    void refusesAStaleEditOfADecision() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        String url = "/programmes/" + money.programmeId() + "/funding/decisions/" + money.decisionId();
        long version = Tenancy.callAs(council.id(), () -> facts.decision(money.programmeId(), money.decisionId()).version());

        mvc.perform(decision(url, officer, "CAB-1A", version)).andExpect(status().is3xxRedirection());
        mvc.perform(decision(url, officer, "CAB-1B", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This funding decision was changed by someone else")))
                .andExpect(content().string(containsString("value=\"CAB-1A\"")));

        assertThat(Tenancy.callAs(council.id(), () -> facts.decision(money.programmeId(), money.decisionId()).reference())).isEqualTo("CAB-1A");
    }

    @Test
    void showsTheTrancheLimitOnTheFormAndAddsNothing() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        String url = "/programmes/" + money.programmeId() + "/funding/decisions/" + money.decisionId() + "/tranches";

        mvc.perform(get(url + "/new").with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("its tranches so far add up to £1,000.00")));
        mvc.perform(post(url).with(csrf()).with(as(finance)).param("name", "Tranche 3").param("amount", "0.01")
                        .param("availableFrom.day", "1").param("availableFrom.month", "10").param("availableFrom.year", "2022"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Add a tranche")))
                .andExpect(content().string(containsString("Tranches would add up to £1,000.01, more than the decision&#39;s £1,000.00")))
                .andExpect(content().string(containsString("At most £0.00 is left to allocate")))
                .andExpect(content().string(containsString("value=\"Tranche 3\"")));
        assertThat(Tenancy.callAs(council.id(), () -> facts.decision(money.programmeId(), money.decisionId()).tranches())).hasSize(2);
    }

    @Test
    void addsATrancheWithinTheDecision() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        Long decision = Tenancy.callAs(council.id(), () -> funding.createDecision(money.programmeId(),
                new DecisionDetails("Council", LocalDate.of(2022, 5, 1), "CNL-2", Money.pounds(500), Map.of(), null)));
        String url = "/programmes/" + money.programmeId() + "/funding/decisions/" + decision + "/tranches";

        mvc.perform(post(url).with(csrf()).with(as(finance)).param("name", "First").param("amount", "")
                        .param("availableFrom.day", "1").param("availableFrom.month", "").param("availableFrom.year", "2022"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the amount")))
                .andExpect(content().string(containsString("Date the tranche is available from must include a month")));
        mvc.perform(post(url).with(csrf()).with(as(finance)).param("name", "First").param("amount", "300")
                        .param("availableFrom.day", "1").param("availableFrom.month", "6").param("availableFrom.year", "2022")
                        .param("releasedOn.day", "1").param("releasedOn.month", "5").param("releasedOn.year", "2022"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A tranche cannot be released before it is available")));
        mvc.perform(post(url).with(csrf()).with(as(finance)).param("name", "First").param("amount", "300")
                        .param("availableFrom.day", "1").param("availableFrom.month", "6").param("availableFrom.year", "2022")
                        .param("releasedOn.day", "2").param("releasedOn.month", "6").param("releasedOn.year", "2022"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/programmes/{id}/funding", money.programmeId()).with(as(finance)))
                .andExpect(content().string(containsString("£300.00 of £500.00")))
                .andExpect(content().string(containsString("£200.00 not yet in a tranche")));
    }

    @Test
    void recordsAReleaseByDateOrToday() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser finance = data.user(council, Role.FINANCE);
        DecisionView decision = Tenancy.callAs(council.id(), () -> facts.decision(money.programmeId(), money.decisionId()));
        Long second = decision.tranches().get(1).id();
        String url = "/programmes/" + money.programmeId() + "/funding/decisions/" + money.decisionId() + "/tranches/" + second + "/release";

        mvc.perform(get(url).with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the release of Tranche 2")))
                .andExpect(content().string(containsString("Mark as released today")));
        mvc.perform(post(url).with(csrf()).with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date the tranche was released")));
        mvc.perform(post(url).with(csrf()).with(as(finance))
                        .param("releasedOn.day", "30").param("releasedOn.month", "6").param("releasedOn.year", "2022"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A tranche cannot be released before it is available")));
        mvc.perform(post(url).with(csrf()).with(as(finance)).param("today", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(Tenancy.callAs(council.id(), () -> facts.decision(money.programmeId(), money.decisionId()).tranches().get(1).releasedOn()))
                .isNotNull();
        mvc.perform(get("/programmes/{id}/funding", money.programmeId()).with(as(finance)))
                .andExpect(content().string(containsString("£1,000.00 of £1,000.00")))
                .andExpect(content().string(not(containsString("Not released"))));
    }

    @Test
    void anotherOrganisationsFundingIsNotFound() throws Exception {
        Council a = data.council();
        Council b = data.council();
        FinanceSetup moneyOfA = fixture.create(a);
        Long programmeOfB = data.programme(b);
        SignedInUser officerOfB = data.user(b, Role.OFFICER);
        Long trancheOfA = Tenancy.callAs(a.id(), () -> facts.decision(moneyOfA.programmeId(), moneyOfA.decisionId()).tranches().get(1).id());

        mvc.perform(get("/programmes/{id}/funding", moneyOfA.programmeId()).with(as(officerOfB))).andExpect(status().isNotFound());
        // Through B's own programme, A's records are still not there.
        String base = "/programmes/" + programmeOfB + "/funding";
        mvc.perform(get(base + "/streams/" + moneyOfA.streamId() + "/edit").with(as(officerOfB))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/decisions/" + moneyOfA.decisionId() + "/edit").with(as(officerOfB))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/decisions/" + moneyOfA.decisionId() + "/tranches").with(csrf()).with(as(officerOfB))
                        .param("name", "T3").param("amount", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/decisions/" + moneyOfA.decisionId() + "/tranches/" + trancheOfA + "/release").with(csrf())
                        .with(as(officerOfB)).param("today", "true"))
                .andExpect(status().isNotFound());
        assertThat(Tenancy.callAs(a.id(), () -> facts.decision(moneyOfA.programmeId(), moneyOfA.decisionId()).tranches().get(1).releasedOn()))
                .isNull();
    }

    @Test
    void recordsAreOnlyReachedThroughTheirOwnProgramme() throws Exception {
        Council council = data.council();
        FinanceSetup money = fixture.create(council);
        Long other = data.programme(council);
        SignedInUser officer = data.user(council, Role.OFFICER);

        mvc.perform(get("/programmes/{p}/funding/streams/{s}/edit", other, money.streamId()).with(as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/{p}/funding/decisions/{d}/tranches/new", other, money.decisionId()).with(as(officer)))
                .andExpect(status().isNotFound());
    }

    private static org.springframework.test.web.servlet.RequestBuilder decision(String url, SignedInUser user, String reference,
            long version) {
        return post(url).with(csrf()).with(as(user)).param("decidedBy", "Cabinet").param("reference", reference)
                .param("decidedOn.day", "31").param("decidedOn.month", "3").param("decidedOn.year", "2022")
                .param("amount", "1000").param("version", Long.toString(version));
    }
}
