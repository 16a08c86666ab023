package org.tgov.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.ComplianceUpdate;
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.RequirementView;
import org.tgov.shared.DataRevisions;
import org.tgov.shared.Money;
import org.tgov.spend.SpendManagement;
import org.tgov.support.FinanceFixture;
import org.tgov.support.FinanceFixture.FinanceSetup;
import org.tgov.support.ImprovementFixture;
import org.tgov.support.ImprovementFixture.ImprovementSetup;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * Board views are rendered once and kept, and never shown once the data they were rendered from has
 * changed: every write raises the organisation's revision in the same transaction, once however many
 * rows it writes; a refused write raises nothing; another council's reader never gets a kept board.
 */
@IntegrationTest
class KeptBoardsIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired FinanceFixture finance;
    @Autowired ImprovementFixture improvement;
    @Autowired SpendManagement spend;
    @Autowired InterventionManagement interventions;
    @Autowired DataRevisions revisions;
    @Autowired RenderedBoards boards;

    @Test
    void aBoardShowsEveryChangeFromTheRequestAfterItWasMadeAndNeverAnotherCouncilsBoard() throws Exception {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER, Role.FINANCE);
        SignedInUser chair = data.user(council, Role.CHAIR);
        FinanceSetup money = finance.create(council);
        ImprovementSetup plan = improvement.create(officer, money.programmeId(), money.workstreamId());
        String board = "/programmes/" + money.programmeId();

        String before = page(board + "/resources-board?units=pounds", chair).select("main").text();
        int kept = boards.kept();
        assertThat(page(board + "/resources-board?units=pounds", chair).select("main").text())
                .as("kept, and the same").isEqualTo(before);
        assertThat(boards.kept()).as("the second request was served what the first kept").isEqualTo(kept);
        long revision = Tenancy.callAs(council.id(), () -> revisions.current(council.id()));
        TestData.actingAs(officer, () -> spend.record(money.chargedLineId(), LocalDate.of(2022, 5, 1), Money.pounds(123),
                "KEPT-1", null));
        assertThat(Tenancy.callAs(council.id(), () -> revisions.current(council.id())))
                .as("one transaction writing spend, figures and history raises the revision once").isEqualTo(revision + 1);
        assertThat(page(board + "/resources-board?units=pounds", chair).select("main").text())
                .as("the board after the spend").isNotEqualTo(before);
        assertThat(boards.kept()).as("rendered again at the new revision").isGreaterThan(kept);

        RequirementView requirement = TestData.actingAs(officer, () -> interventions.requirement(money.programmeId(), plan.requirementId()));
        assertThat(page(board + "/improvement-board", chair).select("[data-test=compliance]").text()).doesNotContain("Adviser appointed, plan drafted");
        TestData.actingAs(officer, () -> interventions.assess(money.programmeId(), requirement.id(), requirement.version(),
                new ComplianceUpdate(Compliance.IN_PROGRESS, "Adviser appointed, plan drafted", LocalDate.of(2030, 1, 1))));
        assertThat(page(board + "/improvement-board", chair).select("[data-test=compliance]").text())
                .contains("Adviser appointed, plan drafted");

        long beforeRefusal = Tenancy.callAs(council.id(), () -> revisions.current(council.id()));
        try {
            TestData.actingAs(officer, () -> interventions.assess(money.programmeId(), requirement.id(), requirement.version(),
                    new ComplianceUpdate(Compliance.COMPLIANT, "Stale", null)));
        } catch (RuntimeException refused) {
            // a stale edit: nothing written
        }
        assertThat(Tenancy.callAs(council.id(), () -> revisions.current(council.id()))).as("a refused write").isEqualTo(beforeRefusal);

        Council other = data.council();
        SignedInUser stranger = data.user(other, Role.CHAIR);
        for (String view : new String[] {"/resources-board", "/improvement-board", "/delivery-board"}) {
            mvc.perform(get(board + view).with(TestData.as(stranger))).andExpect(status().isNotFound());
        }
    }

    private Document page(String url, SignedInUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(TestData.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
