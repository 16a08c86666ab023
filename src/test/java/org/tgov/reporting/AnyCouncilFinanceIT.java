package org.tgov.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.TestData.as;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tgov.benefits.SavingsManagement;
import org.tgov.funding.FundingFacts;
import org.tgov.funding.StreamView;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.identity.Tenancy;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.support.IntegrationTest;
import org.tgov.support.TestData;

/**
 * A council other than the papers' enters its own programme through the pages, with what the
 * first model could not hold: a cost line paid from a reserve in one year and from base-budget
 * growth in the next, a funding decision drawing on three streams, and a transformation line
 * delivering savings that rise over three years. Funding and costs reconcile for every stream in
 * every year, on the finance page and on the finance board view, with no unfunded gap.
 */
@IntegrationTest
class AnyCouncilFinanceIT {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired WorkstreamManagement workstreams;
    @Autowired FundingFacts funding;
    @Autowired SavingsManagement savings;
    @Autowired org.tgov.boards.BodyManagement bodies;

    @Test
    void aSecondCouncilsProgrammeReconcilesForEveryStreamInEveryYear() throws Exception {
        TestData.Council council = data.council();
        SignedInUser finance = data.user(council, Role.FINANCE, Role.OFFICER);
        Long programme = data.programme(council); // 2021/22 to 2023/24
        Long workstream = Tenancy.callAs(council.id(), () -> workstreams.create(programme, "Early help", null, null));
        String base = "/programmes/" + programme;

        ok(post(base + "/funding/streams").param("name", "Children's earmarked reserve").param("type", "EARMARKED_RESERVE")
                .param("amounts[2021]", "300,000"), finance);
        ok(post(base + "/funding/streams").param("name", "Base budget growth").param("type", "BASE_BUDGET")
                .param("amounts[2022]", "300000"), finance);
        ok(post(base + "/funding/streams").param("name", "Capital receipts").param("type", "CAPITAL_RECEIPTS")
                .param("amounts[2023]", "200000.00"), finance);
        List<StreamView> streams = Tenancy.callAs(council.id(), () -> funding.streams(programme));
        String reserve = idOf(streams, "Children's earmarked reserve");
        String growth = idOf(streams, "Base budget growth");
        String receipts = idOf(streams, "Capital receipts");

        ok(post(base + "/funding/decisions").param("decidedBy", "Full Council").param("reference", "FC-2021-07")
                .param("decidedOn.day", "22").param("decidedOn.month", "7").param("decidedOn.year", "2021")
                .param("amount", "800,000")
                .param("sources[0].streamId", reserve).param("sources[0].amount", "300000")
                .param("sources[1].streamId", growth).param("sources[1].amount", "300000")
                .param("sources[2].streamId", receipts).param("sources[2].amount", "200000"), finance);
        String decision = Tenancy.callAs(council.id(), () -> funding.decisions(programme).get(0).id()).toString();

        for (String year : List.of("2021", "2022", "2023")) {
            ok(post(base + "/savings").param("workstreamId", workstream.toString()).param("financialYear", year)
                    .param("description", "Fewer children entering care, " + year).param("planned", switch (year) {
                        case "2021" -> "20000";
                        case "2022" -> "60000";
                        default -> "120000";
                    }).param("delivered", "2021".equals(year) ? "20000" : "0").param("cashable", "true")
                    .param("confidence", "MEDIUM"), finance);
        }
        List<String> targets = Tenancy.callAs(council.id(), () -> savings.targets(programme).stream()
                .map(t -> t.id().toString()).toList());
        assertThat(targets).hasSize(3);

        // one line, two streams in two years
        ok(costLine(base, workstream, "EH-01", "Family support workers", "IMPROVEMENT", decision)
                .param("streams[2021]", reserve).param("budget[2021]", "300000")
                .param("streams[2022]", growth).param("budget[2022]", "300000"), finance);
        // a transformation line funded by capital receipts, delivering savings in three years
        ok(costLine(base, workstream, "EH-02", "Edge of care service", "TRANSFORMATION", decision)
                .param("streams[2023]", receipts).param("budget[2023]", "200000")
                .param("savingsTargetIds", targets.toArray(String[]::new)).param("_savingsTargetIds", "on"), finance);

        Document financePage = page(base + "/finance?units=pounds", finance);
        assertThat(financePage.select("[data-test=reconciled]")).as("the programme reconciles").hasSize(1);
        assertThat(financePage.select("[data-test=total-funding]").text()).isEqualTo("£800,000.00");
        assertThat(financePage.select("[data-test=total-costs]").text()).isEqualTo("£800,000.00");
        List<String> byStream = financePage.select("[data-test=stream-reconciliation]").eachText();
        assertThat(byStream).containsExactly(
                "2021/22 Children's earmarked reserve £300,000.00 £300,000.00 Reconciled",
                "2022/23 Base budget growth £300,000.00 £300,000.00 Reconciled",
                "2023/24 Capital receipts £200,000.00 £200,000.00 Reconciled");
        assertThat(financePage.text()).doesNotContain("Gap ").doesNotContain("No funding stream");

        for (String year : List.of("2021", "2022", "2023")) {
            Document board = page(base + "/resources-board?year=" + year, finance);
            assertThat(board.select("[data-test=reconciled]")).as("the board view reconciles in " + year).hasSize(1);
            assertThat(board.select("[data-test=stream-reconciliation]").eachText()).allMatch(row -> row.endsWith("Reconciled"));
            assertThat(board.text()).doesNotContain("Gap ").doesNotContain("Resources Board");
            assertThat(board.select("[data-test=drawdown]").text()).contains("FC-2021-07").contains("800");
        }

        SignedInUser admin = data.user(council, Role.ADMIN);
        TestData.actingAs(admin, () -> bodies.create(new org.tgov.boards.BodyDetails("Money Panel", org.tgov.boards.BodyType.OTHER,
                null, null, org.tgov.boards.Cadence.MONTHLY, null, true)));
        Document named = page(base + "/resources-board", finance);
        assertThat(named.title()).as("the view bears the name of the body the council chose to decide").startsWith("Money Panel view – ");
        assertThat(named.select("[data-test=as-at]").text()).contains("for the meeting of Money Panel");

        Document auditor = page(base + "/savings/capital-receipts", finance);
        assertThat(auditor.select("[data-test=targets] tbody tr")).hasSize(3);
        assertThat(auditor.select("[data-test=targets]").text()).contains("2021/22").contains("2022/23").contains("2023/24")
                .contains("£20,000.00").contains("£60,000.00").contains("£120,000.00");
    }

    private MockHttpServletRequestBuilder costLine(String base, Long workstream, String code, String name, String type,
            String decision) {
        return post(base + "/cost-lines").param("workstreamId", workstream.toString()).param("code", code)
                .param("name", name).param("category", "PERMANENT_STAFF").param("expenditureType", type)
                .param("fundingDecisionId", decision).param("fte", "4.5").param("version", "0");
    }

    private void ok(MockHttpServletRequestBuilder request, SignedInUser user) throws Exception {
        mvc.perform(request.with(csrf()).with(as(user))).andExpect(status().is3xxRedirection());
    }

    private Document page(String url, SignedInUser user) throws Exception {
        String html = mvc.perform(get(url).with(as(user))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1"))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static String idOf(List<StreamView> streams, String name) {
        return streams.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id().toString();
    }
}
