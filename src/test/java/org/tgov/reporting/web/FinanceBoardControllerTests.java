package org.tgov.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.reporting.FinanceBoardViewBuilder.aFinanceBoardView;
import static org.tgov.reporting.ProgrammeFinanceBuilder.aProgrammeFinance;
import static org.tgov.support.ChangeRequestViewBuilder.aChangeRequest;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;
import static org.tgov.support.DecisionViewBuilder.aDecision;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.SignedInUsers.CHAIR;
import static org.tgov.support.SignedInUsers.PLATFORM;
import static org.tgov.support.SignedInUsers.SCRUTINY;
import static org.tgov.support.TestData.as;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tgov.reporting.FinanceBoardReport;
import org.tgov.shared.NotFoundException;
import org.tgov.support.WebSliceConfiguration;

/** The finance board view without a database: what the chair reads, in which units and year, and who may read it. */
@WebMvcTest(FinanceBoardController.class)
@Import({WebSliceConfiguration.class, RenderedBoards.class})
class FinanceBoardControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FinanceBoardReport report;

    @MockitoBean
    BodiesOfTheRequest bodies;

    @MockitoBean
    org.tgov.programme.ProgrammeManagement programmes;

    /** A new revision at every request, so that no test is shown what another rendered (the kept boards outlive a test). */
    static final java.util.concurrent.atomic.AtomicLong REVISION = new java.util.concurrent.atomic.AtomicLong();

    @MockitoBean
    org.tgov.shared.DataRevisions revisions;

    @org.junit.jupiter.api.BeforeEach
    void theDecidingBody() {
        given(programmes.get(7L)).willReturn(org.tgov.support.ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(programmes.get(8L)).willThrow(new NotFoundException("Programme"));
        given(revisions.current(org.mockito.ArgumentMatchers.any())).willAnswer(invocation -> REVISION.incrementAndGet());
        given(bodies.nameOfFirst(org.mockito.ArgumentMatchers.any())).willReturn("Resources Board");
    }

    @Test
    void showsTheYearInThousandsAsAtTodayWithDrawdownAndRequestsAwaitingDecision() throws Exception {
        given(report.view(org.mockito.ArgumentMatchers.any(org.tgov.programme.Programme.class), org.mockito.ArgumentMatchers.eq(null), org.mockito.ArgumentMatchers.eq("Resources Board"))).willReturn(aFinanceBoardView()
                .finance(aProgrammeFinance().costLine(aCostLineView().id(11L).build()).figures(11L, 2022, 600_000, 650_000, 0, null))
                .drawdown(aDecision().amount(1_000_000, 3L).build(), 600_000, 650_000)
                .awaiting(aChangeRequest().submittedBy("sam.submitter").change(11L, 2022, 120_000).build(), "Olivia Officer",
                        "AG-1 Agency social workers")
                .build());

        Document page = page(mvc.perform(get("/programmes/7/resources-board").with(as(CHAIR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.title()).startsWith("Resources Board view – Children's services transformation");
        assertThat(page.select("[data-test=as-at]").text()).contains("for the meeting of Resources Board",
                "Figures as at 15 September 2022, for the financial year 2022/23");
        assertThat(page.select("[data-test=overspent]").text()).contains("AG-1 Agency social workers: 650 spent and "
                + "committed against a budget of 600");
        assertThat(page.select("[data-test=drawdown] tbody tr").text()).contains("CAB-1", "1,000", "600", "650", "−50");
        assertThat(page.select("[data-test=awaiting]").text()).contains("#21 Move agency budget",
                "Virement, drafted by Olivia Officer, submitted 2 September 2022 at 11:00am. Moves or adds 120 (£000)",
                "AG-1 Agency social workers 2022/23 120");
    }

    @Test
    void showsPoundsAndTheYearTheChairChose() throws Exception {
        given(report.view(org.mockito.ArgumentMatchers.any(org.tgov.programme.Programme.class), org.mockito.ArgumentMatchers.eq(2023), org.mockito.ArgumentMatchers.eq("Resources Board"))).willReturn(aFinanceBoardView().year(2023).build());

        Document page = page(mvc.perform(get("/programmes/7/resources-board").param("year", "2023").param("units", "pounds")
                        .with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#year option[selected]").text()).isEqualTo("2023/24");
        assertThat(page.select("[data-test=spend] caption").text()).isEqualTo("Spend against budget (£)");
        assertThat(page.select("[data-test=no-change-requests]").text()).isEqualTo("No change requests are awaiting a decision.");
    }

    @Test
    void withoutADecidingBodyTheViewSaysNoneHasBeenChosen() throws Exception {
        given(bodies.nameOfFirst(org.mockito.ArgumentMatchers.any())).willReturn(null);
        given(report.view(org.mockito.ArgumentMatchers.any(org.tgov.programme.Programme.class), org.mockito.ArgumentMatchers.eq(null),
                org.mockito.ArgumentMatchers.isNull())).willReturn(aFinanceBoardView().body(null).build());

        Document page = page(mvc.perform(get("/programmes/7/resources-board").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.title()).startsWith("Finance board view – ");
        assertThat(page.select("[data-test=no-deciding-body]").text()).isEqualTo("No governance body has been chosen to "
                + "decide change requests. An administrator chooses it on the body's page.");
    }

    @Test
    void onlyPeopleOfAnOrganisationReadItsBoardView() throws Exception {
        given(report.view(org.mockito.ArgumentMatchers.any(org.tgov.programme.Programme.class), org.mockito.ArgumentMatchers.eq(null), org.mockito.ArgumentMatchers.eq("Resources Board"))).willThrow(new NotFoundException("Programme"));

        mvc.perform(get("/programmes/7/resources-board").with(as(PLATFORM))).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/8/resources-board").with(as(CHAIR))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/7/resources-board").param("year", "this one").with(as(CHAIR)))
                .andExpect(status().isBadRequest());

        then(report).should(never()).view(7L, null, "Resources Board");
    }
}
