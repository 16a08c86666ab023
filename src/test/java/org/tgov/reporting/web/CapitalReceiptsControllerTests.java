package org.tgov.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.FormPages.titleStartsWith;
import static org.tgov.support.SavingsTargetViewBuilder.aSavingsTarget;
import static org.tgov.support.SignedInUsers.OFFICER;
import static org.tgov.support.SignedInUsers.PLATFORM;
import static org.tgov.support.SignedInUsers.SCRUTINY;
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
import org.tgov.benefits.SavingsTargetView;
import org.tgov.budget.CostLineView;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.reporting.CapitalReceiptsReport;
import org.tgov.reporting.CapitalReceiptsUse;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.shared.NotFoundException;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The external auditor's capital receipts page without a database: what they funded and what it saved. */
@WebMvcTest(CapitalReceiptsController.class)
@Import(WebSliceConfiguration.class)
class CapitalReceiptsControllerTests {

    static final FinancialYear Y2022 = new FinancialYear(2022);
    static final FinancialYear Y2023 = new FinancialYear(2023);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CapitalReceiptsReport report;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    WorkstreamManagement workstreams;

    @BeforeEach
    void aProgrammeWithAWorkstream() {
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).build());
        given(workstreams.of(7L)).willReturn(List.of(ProgrammeBuilder.workstream(2L, 7L, "Workforce")));
    }

    @Test
    void showsEachYearsFundingExpectedAgainstActualSpendAndTheLinkedSavings() throws Exception {
        CostLineView line = aCostLineView().id(11L).code("TR-1").name("Edge of care service").transformation()
                .fundedBy(9L, 2022, 2023).delivering(31L).build();
        SavingsTargetView target = aSavingsTarget().id(31L).in(2023).planned(90_000).delivered(30_000).build();
        given(report.of(7L)).willReturn(new CapitalReceiptsUse(List.of(Y2022, Y2023),
                List.of(new CapitalReceiptsUse.FundedLine(line, List.of("Capital receipts"), List.of(target),
                        Map.of(Y2022, Money.pounds(100_000), Y2023, Money.pounds(50_000)), Map.of(Y2022, Money.pounds(80_000)))),
                List.of(target), Map.of(Y2022, Money.pounds(100_000), Y2023, Money.pounds(50_000))));

        Document page = page(mvc.perform(get("/programmes/7/savings/capital-receipts").with(as(SCRUTINY)))
                .andExpect(status().isOk())
                .andExpect(titleStartsWith("Flexible use of capital receipts – Children's services transformation"))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=by-year] tbody tr").eachText()).containsExactly(
                "2022/23 £100,000.00 £100,000.00 £80,000.00 £0.00 £0.00",
                "2023/24 £50,000.00 £50,000.00 £0.00 £90,000.00 £30,000.00",
                "Total £150,000.00 £150,000.00 £80,000.00 £90,000.00 £30,000.00");
        assertThat(page.select("[data-test=cost-lines]").text()).contains("TR-1", "Edge of care service");
        assertThat(page.select("[data-test=targets]").text()).contains("Fewer agency placements", "Workforce", "TR-1");
    }

    @Test
    void saysSoWhenNothingIsFundedByCapitalReceipts() throws Exception {
        given(report.of(7L)).willReturn(new CapitalReceiptsUse(List.of(Y2022), List.of(), List.of(), Map.of()));

        Document page = page(mvc.perform(get("/programmes/7/savings/capital-receipts").with(as(OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=empty]").text())
                .startsWith("Nothing in this programme is funded by flexible use of capital receipts.");
        assertThat(page.select("[data-test=by-year]")).isEmpty();
    }

    @Test
    void onlyPeopleOfAnOrganisationSeeIt() throws Exception {
        given(programmes.get(8L)).willThrow(new NotFoundException("Programme"));

        mvc.perform(get("/programmes/7/savings/capital-receipts").with(as(PLATFORM))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/8/savings/capital-receipts").with(as(OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/seven/savings/capital-receipts").with(as(OFFICER))).andExpect(status().isBadRequest());
    }
}
