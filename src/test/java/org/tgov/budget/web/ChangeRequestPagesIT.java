package org.tgov.budget.web;

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
import java.time.ZoneId;
import java.util.List;
import org.tgov.shared.UkDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.budget.ChangeRequestStatus;
import org.tgov.budget.ChangeRequestType;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.reporting.FinanceReports;
import org.tgov.shared.Money;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.FinanceFixture;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

@IntegrationTest
class ChangeRequestPagesIT {

    static final String PANEL = "Money Panel";
    /** Requests are submitted today in these tests, and a meeting cannot decide before submission. */
    static final LocalDate MEETING = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture fixture;
    @Autowired ChangeRequestManagement changes;
    @Autowired BodyManagement bodies;
    @Autowired FinanceReports reports;

    @Test
    void officerDraftsAVirementWithTwoLinesAndSubmitsIt() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        resourcesBoard(council, null);

        mvc.perform(get("/programmes/{id}/change-requests", money.programmeId()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No change requests have been drafted")))
                .andExpect(content().string(containsString("Draft a change request")));
        mvc.perform(get("/programmes/{id}/change-requests/new", money.programmeId()).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("AG-1 Line AG-1")))
                .andExpect(content().string(containsString("Use a minus sign to take money away")))
                .andExpect(content().string(containsString("the amounts must net to zero")));

        String location = mvc.perform(virement(post("/programmes/{id}/change-requests", money.programmeId()), money, "-120", "120")
                        .with(as(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        Long rid = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/change-requests/{rid}", rid).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recruitment campaign")))
                .andExpect(content().string(containsString("−£120.00")))
                .andExpect(content().string(containsString("£880.00")))
                .andExpect(content().string(containsString("£1,120.00")))
                .andExpect(content().string(containsString("/cost-lines/" + money.chargedLineId())))
                .andExpect(content().string(containsString("Submit to Money Panel")));

        mvc.perform(post("/change-requests/{rid}/submit", rid).param("version", "0").with(as(officer)).with(csrf()))
                .andExpect(redirectedUrl("/change-requests/" + rid))
                .andExpect(flash().attribute("success", containsString("submitted to Money Panel")));
        assertThat(statusOf(council, rid)).isEqualTo(ChangeRequestStatus.SUBMITTED);
        mvc.perform(get("/change-requests/{rid}", rid).with(as(officer)))
                .andExpect(content().string(containsString("Awaiting a decision by Money Panel")))
                .andExpect(content().string(not(containsString("Record the decision"))));
        mvc.perform(get("/programmes/{id}/change-requests", money.programmeId()).with(as(officer)))
                .andExpect(content().string(containsString("decided by Money Panel")))
                .andExpect(content().string(containsString("Awaiting decision")))
                .andExpect(content().string(not(containsString("Resources Board"))))
                .andExpect(content().string(containsString("#" + rid)));
    }

    /** The chair's home page shows what awaits their body's decision; nobody else's does. */
    @Test
    void theDecidingBodysChairSeesWhatAwaitsItOnTheirHomePage() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser chair = data.user(council, Role.CHAIR);
        SignedInUser officer = data.user(council, Role.OFFICER);
        resourcesBoard(council, chair);

        mvc.perform(get("/").with(as(chair)))
                .andExpect(content().string(containsString("Awaiting a decision by Money Panel")))
                .andExpect(content().string(containsString("No change requests are awaiting a decision")));
        Long rid = submitted(council, money, ChangeRequestType.VIREMENT, -120, 120);
        draft(council, money, ChangeRequestType.VIREMENT, -5, 5);

        mvc.perform(get("/").with(as(chair)))
                .andExpect(content().string(containsString("href=\"/change-requests/" + rid + "\"")))
                .andExpect(content().string(containsString("moves or adds £120.00")));
        mvc.perform(get("/").with(as(officer)))
                .andExpect(content().string(not(containsString("Awaiting a decision by"))))
                .andExpect(content().string(not(containsString("/change-requests/" + rid))));
    }

    @Test
    void refusesToSubmitAnUnbalancedVirementOnThePage() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long rid = draft(council, money, ChangeRequestType.VIREMENT, -120, 100);

        mvc.perform(post("/change-requests/{rid}/submit", rid).param("version", "0").with(as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A virement must net to zero: its lines add up to −£20.00")))
                .andExpect(content().string(containsString("There is a problem")));
        assertThat(statusOf(council, rid)).isEqualTo(ChangeRequestStatus.DRAFT);
    }

    @Test
    void onlyTheResourcesBoardDecides() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        SignedInUser scrutiny = data.user(council, Role.SCRUTINY_MEMBER);
        resourcesBoard(council, data.user(council, Role.CHAIR));
        Long rid = submitted(council, money, ChangeRequestType.VIREMENT, -120, 120);

        mvc.perform(get("/change-requests/{rid}", rid).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("decision-form"))));
        for (SignedInUser outsider : List.of(officer, scrutiny)) {
            mvc.perform(decision(rid, "APPROVE", "RB/22/4").with(as(outsider)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(
                            "Only the chair or members of Money Panel can decide change requests")));
        }
        assertThat(statusOf(council, rid)).isEqualTo(ChangeRequestStatus.SUBMITTED);
        assertThat(budget(council, money, money.chargedLineId())).isEqualTo(Money.pounds(1000));
    }

    @Test
    void resourcesBoardChairApprovesOneRequestAndRejectsAnother() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser chair = data.user(council, Role.CHAIR);
        resourcesBoard(council, chair);
        Long approved = submitted(council, money, ChangeRequestType.VIREMENT, -120, 120);
        Long rejected = submitted(council, money, ChangeRequestType.BUDGET_INCREASE, 0, 5000);

        mvc.perform(get("/change-requests/{rid}", approved).with(as(chair)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("decision-form")));
        mvc.perform(decision(approved, "APPROVE", "").with(as(chair)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the minute reference")));
        assertThat(statusOf(council, approved)).isEqualTo(ChangeRequestStatus.SUBMITTED);

        mvc.perform(decision(approved, "APPROVE", "RB/22/4").with(as(chair)))
                .andExpect(redirectedUrl("/change-requests/" + approved))
                .andExpect(flash().attribute("success", containsString("budgets of its cost lines have been updated")));
        mvc.perform(decision(rejected, "REJECT", "RB/22/5").param("notes", "Not justified").with(as(chair)))
                .andExpect(redirectedUrl("/change-requests/" + rejected))
                .andExpect(flash().attribute("success", containsString("No budgets were changed")));

        assertThat(budget(council, money, money.chargedLineId())).isEqualTo(Money.pounds(880));
        assertThat(budget(council, money, money.otherLineId())).isEqualTo(Money.pounds(1120));
        mvc.perform(get("/change-requests/{rid}", approved).with(as(chair)))
                .andExpect(content().string(containsString("RB/22/4")))
                .andExpect(content().string(containsString(UkDates.format(MEETING))))
                .andExpect(content().string(not(containsString("decision-form"))));
        mvc.perform(get("/change-requests/{rid}", rejected).with(as(chair)))
                .andExpect(content().string(containsString("Not justified")))
                .andExpect(content().string(containsString("Rejected")));
        mvc.perform(get("/programmes/{id}/change-requests", money.programmeId()).with(as(chair)))
                .andExpect(content().string(containsString("Approved at the meeting on " + UkDates.format(MEETING) + ", minute RB/22/4")));
    }

    /** Finance sits on the Resources Board, yet must not approve its own request (segregation of duties). */
    @Test
    void whoeverDraftedOrSubmittedARequestCannotDecideIt() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser chair = data.user(council, Role.CHAIR);
        SignedInUser finance = data.user(council, Role.FINANCE);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Tenancy.runAs(council.id(), () -> bodies.replaceMembers(resourcesBoard(council, chair), 0, java.util.Set.of(finance.getId())));

        Long own = idOf(mvc.perform(virement(post("/programmes/{id}/change-requests", money.programmeId()), money, "-50", "50")
                .with(as(finance)).with(csrf())).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/change-requests/{rid}/submit", own).param("version", "0").with(as(finance)).with(csrf()))
                .andExpect(redirectedUrl("/change-requests/" + own));
        mvc.perform(get("/change-requests/{rid}", own).with(as(finance)))
                .andExpect(content().string(not(containsString("decision-form"))))
                .andExpect(content().string(containsString("You drafted this change request, so you cannot decide it")));
        mvc.perform(decision(own, "APPROVE", "RB/22/6").with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You drafted this change request, so you cannot decide it")));
        assertThat(statusOf(council, own)).isEqualTo(ChangeRequestStatus.SUBMITTED);

        Long submittedByFinance = idOf(mvc.perform(virement(post("/programmes/{id}/change-requests", money.programmeId()),
                money, "-10", "10").with(as(officer)).with(csrf())).andReturn().getResponse().getRedirectedUrl());
        mvc.perform(post("/change-requests/{rid}/submit", submittedByFinance).param("version", "0").with(as(finance)).with(csrf()))
                .andExpect(redirectedUrl("/change-requests/" + submittedByFinance));
        mvc.perform(decision(submittedByFinance, "APPROVE", "RB/22/7").with(as(finance)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You submitted this change request, so you cannot decide it")));
        assertThat(statusOf(council, submittedByFinance)).isEqualTo(ChangeRequestStatus.SUBMITTED);

        mvc.perform(decision(own, "APPROVE", "RB/22/6").with(as(chair)))
                .andExpect(redirectedUrl("/change-requests/" + own));
        mvc.perform(get("/change-requests/{rid}", own).with(as(chair)))
                .andExpect(content().string(containsString("By " + finance.getDisplayName() + " on ")))
                .andExpect(content().string(containsString(chair.getDisplayName() + " on ")));
        ChangeRequestStatus decided = statusOf(council, own);
        assertThat(decided).isEqualTo(ChangeRequestStatus.APPROVED);
        assertThat(Tenancy.callAs(council.id(), () -> changes.get(own).submittedBy())).isEqualTo(finance.getUsername());
        assertThat(Tenancy.callAs(council.id(), () -> changes.get(own).decidedBy())).isEqualTo(chair.getUsername());
    }

    private static Long idOf(String location) {
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void officerWithdrawsARequestAwaitingDecisionWhichCanNoLongerBeEdited() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long rid = submitted(council, money, ChangeRequestType.VIREMENT, -120, 120);

        mvc.perform(get("/change-requests/{rid}/edit", rid).with(as(officer)))
                .andExpect(redirectedUrl("/change-requests/" + rid));
        mvc.perform(post("/change-requests/{rid}/withdraw", rid).param("version", "1").with(as(officer)).with(csrf()))
                .andExpect(redirectedUrl("/change-requests/" + rid))
                .andExpect(flash().attribute("success", containsString("withdrawn")));
        assertThat(statusOf(council, rid)).isEqualTo(ChangeRequestStatus.WITHDRAWN);
        mvc.perform(post("/change-requests/{rid}/withdraw", rid).param("version", "2").with(as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a draft or a request awaiting decision can be withdrawn")));
        mvc.perform(get("/programmes/{id}/change-requests", money.programmeId()).with(as(officer)))
                .andExpect(content().string(containsString("govuk-tag--grey\" data-test=\"status\">Withdrawn")));
    }

    @Test
    void refusesAStaleEditAndShowsTheSavedRequest() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        SignedInUser officer = data.user(council, Role.OFFICER);
        Long rid = draft(council, money, ChangeRequestType.VIREMENT, -120, 120);
        Tenancy.runAs(council.id(), () -> changes.revise(rid, 0, ChangeRequestType.VIREMENT, "Saved by someone else",
                "Because", changes.get(rid).changes()));

        mvc.perform(get("/change-requests/{rid}/edit", rid).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"-120.00\"")));
        mvc.perform(virement(post("/change-requests/{rid}", rid), money, "-200", "200").param("version", "0")
                        .with(as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was changed by someone else")))
                .andExpect(content().string(containsString("Saved by someone else")));
        assertThat(Tenancy.callAs(council.id(), () -> changes.get(rid).title())).isEqualTo("Saved by someone else");
    }

    @Test
    void anotherOrganisationGetsNotFound() throws Exception {
        TestData.Council council = data.council();
        FinanceSetup money = fixture.create(council);
        Long rid = draft(council, money, ChangeRequestType.VIREMENT, -120, 120);
        SignedInUser stranger = data.user(data.council(), Role.OFFICER);

        mvc.perform(get("/programmes/{id}/change-requests", money.programmeId()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/change-requests/{rid}", rid).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/change-requests/{rid}/edit", rid).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/change-requests/{rid}/submit", rid).param("version", "0").with(as(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(statusOf(council, rid)).isEqualTo(ChangeRequestStatus.DRAFT);
    }

    private static MockHttpServletRequestBuilder virement(MockHttpServletRequestBuilder request, FinanceSetup money,
            String from, String to) {
        return request.param("type", "VIREMENT")
                .param("title", "Recruitment campaign")
                .param("rationale", "Permanent social workers cost less than agency staff.")
                .param("lines[0].costLineId", money.chargedLineId().toString())
                .param("lines[0].year", "2022")
                .param("lines[0].amount", from)
                .param("lines[1].costLineId", money.otherLineId().toString())
                .param("lines[1].year", "2022")
                .param("lines[1].amount", to)
                .param("lines[2].costLineId", "")
                .param("lines[2].year", "")
                .param("lines[3].amount", "");
    }

    private static MockHttpServletRequestBuilder decision(Long rid, String outcome, String minute) {
        return post("/change-requests/{rid}/decision", rid).with(csrf())
                .param("outcome", outcome)
                .param("meetingDate.day", String.valueOf(MEETING.getDayOfMonth()))
                .param("meetingDate.month", String.valueOf(MEETING.getMonthValue()))
                .param("meetingDate.year", String.valueOf(MEETING.getYear()))
                .param("minuteReference", minute)
                .param("version", "1");
    }

    /** A draft moving {@code fromCharged} on the charged line and {@code toOther} on the other line (0: no line). */
    private Long draft(TestData.Council council, FinanceSetup money, ChangeRequestType type, long fromCharged, long toOther) {
        List<BudgetChange> lines = new java.util.ArrayList<>();
        if (fromCharged != 0) {
            lines.add(new BudgetChange(money.chargedLineId(), FinanceFixture.YEAR, Money.pounds(fromCharged)));
        }
        lines.add(new BudgetChange(money.otherLineId(), FinanceFixture.YEAR, Money.pounds(toOther)));
        return Tenancy.callAs(council.id(), () -> changes.draft(money.programmeId(), type, "Request " + type.label(),
                "Because", lines));
    }

    private Long submitted(TestData.Council council, FinanceSetup money, ChangeRequestType type, long fromCharged,
            long toOther) {
        Long rid = draft(council, money, type, fromCharged, toOther);
        Tenancy.runAs(council.id(), () -> changes.submit(rid, 0));
        return rid;
    }

    /** The body this council designates to decide change requests: any name, any type. */
    private Long resourcesBoard(TestData.Council council, SignedInUser chair) {
        return Tenancy.callAs(council.id(), () -> bodies.create(new BodyDetails(PANEL, BodyType.OTHER,
                chair == null ? null : chair.getId(), null, Cadence.MONTHLY, null, true)));
    }

    private ChangeRequestStatus statusOf(TestData.Council council, Long rid) {
        return Tenancy.callAs(council.id(), () -> changes.get(rid).status());
    }

    private Money budget(TestData.Council council, FinanceSetup money, Long costLineId) {
        return Tenancy.callAs(council.id(), () -> reports.programmeFinance(money.programmeId()).byCostLine().stream()
                .filter(row -> row.id().equals(costLineId)).findFirst().orElseThrow().in(FinanceFixture.YEAR).budget());
    }
}
