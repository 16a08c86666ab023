package org.tgov.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tgov.support.ActionViewBuilder.anAction;
import static org.tgov.support.FormPages.page;
import static org.tgov.support.InterventionViewBuilder.aNotice;
import static org.tgov.support.SignedInUsers.CHAIR;
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
import org.tgov.budget.Measures;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.Compliance;
import org.tgov.improvement.Rating;
import org.tgov.improvement.RatingTable;
import org.tgov.improvement.RatingTally;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.DataRevisions;
import org.tgov.reporting.DeliveryBoardView;
import org.tgov.reporting.ImprovementBoardReport;
import org.tgov.reporting.ImprovementBoardView;
import org.tgov.reporting.ListedActions;
import org.tgov.shared.Money;
import org.tgov.shared.web.Option;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/** The two improvement board views without a database: titled with the board's own name, and what each shows. */
@WebMvcTest(ImprovementBoardController.class)
@Import({WebSliceConfiguration.class, RenderedBoards.class})
class ImprovementBoardControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImprovementBoardReport report;

    @MockitoBean
    BodiesOfTheRequest bodies;

    @MockitoBean
    ProgrammeManagement programmes;

    /** A new revision at every request, so that no test is shown what another rendered (the kept boards outlive a test). */
    static final java.util.concurrent.atomic.AtomicLong REVISION = new java.util.concurrent.atomic.AtomicLong();

    @MockitoBean
    DataRevisions revisions;

    final Programme programme = ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build();

    final RatingTable areas = RatingTable.of(List.of(new Option("11", "Workforce")),
            List.of(new RatingTally(11L, Rating.RED, 1), new RatingTally(11L, Rating.BLUE, 2)),
            List.of(new RatingTally(11L, Rating.AMBER, 3)));

    @BeforeEach
    void boards() {
        given(programmes.get(7L)).willReturn(programme);
        given(revisions.current(any())).willAnswer(invocation -> REVISION.incrementAndGet());
        given(bodies.nameOfFirst(any())).willReturn("DfE Improvement Board", "Operational Improvement Board");
    }

    @Test
    void theIndependentBoardReadsComplianceWithEachRequirementAndTheActionsAnsweringIt() throws Exception {
        given(report.improvementBoard(programme, "DfE Improvement Board")).willReturn(new ImprovementBoardView(programme, "DfE Improvement Board",
                List.of(aNotice().requiring(51L, "Appoint an adviser", Compliance.COMPLIANT)
                        .requiring(52L, "Implement a plan", Compliance.IN_PROGRESS).build()),
                Map.of(52L, List.of(anAction().id(41L, "A1").overdue().described())), areas,
                new ListedActions(List.of(anAction().id(41L, "A1").overdue().described()), 1), List.of(), List.of(), Map.of()));

        Document page = page(mvc.perform(get("/programmes/7/improvement-board").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.title()).startsWith("DfE Improvement Board view – ");
        assertThat(page.select("[data-test=compliance] tbody tr").eachText()).containsExactly(
                "(a) Appoint an adviser Complied with Evidence for Appoint an adviser Not set None",
                "(b) Implement a plan In progress Evidence for Implement a plan Not set A1 In progress Overdue");
        assertThat(page.select("[data-test=rating-counts] tbody tr").eachText())
                .containsExactly("Workforce 1 0 0 2 0 3 0 0 3", "Total 1 0 0 2 0 3 0 0 3");
        assertThat(page.select("[data-test=actions] [data-test=overdue]").eachText()).containsExactly("Overdue");
    }

    @Test
    void theOperationalBoardReadsDeliveryByWorkstreamTheRedAndAmberListsAndTheSpendHeadline() throws Exception {
        given(bodies.nameOfFirst(any())).willReturn("Operational Improvement Board");
        given(report.deliveryBoard(programme, "Operational Improvement Board")).willReturn(new DeliveryBoardView(programme,
                "Operational Improvement Board", areas,
                new ListedActions(List.of(anAction().id(41L, "A1").rated(ActionStatus.IN_PROGRESS, Rating.RED, Rating.AMBER).described()), 1),
                new ListedActions(List.of(anAction().id(42L, "A2").rated(ActionStatus.IN_PROGRESS, Rating.AMBER, Rating.AMBER).described()), 1),
                new ListedActions(List.of(), 0), new Measures(Money.pounds(21_864_000), Money.pounds(21_000_000), Money.pounds(9_000_000), Money.ZERO)));

        Document page = page(mvc.perform(get("/programmes/7/delivery-board").with(as(CHAIR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.title()).startsWith("Operational Improvement Board view – ");
        assertThat(page.select("[data-test=spend]").text()).contains("£21,864,000.00", "£21,000,000.00", "£9,000,000.00");
        assertThat(page.select("#red + div [data-test=actions] tbody tr").eachText()).hasSize(1).first(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("A1 ");
        assertThat(page.select("#amber + div [data-test=actions] tbody tr").eachText()).hasSize(1).first(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("A2 ");
        assertThat(page.select("[data-test=no-overdue]").text()).isEqualTo("No action is past its due date.");
    }

    @Test
    void aCouncilWithoutSuchBoardsStillReadsTheViewsUnderGeneralNames() throws Exception {
        given(bodies.nameOfFirst(any())).willReturn(null);
        given(report.deliveryBoard(programme, null)).willReturn(new DeliveryBoardView(programme, null, RatingTable.of(List.of(), List.of(), List.of()),
                new ListedActions(List.of(), 0), new ListedActions(List.of(), 0), new ListedActions(List.of(), 0), null));
        Document page = page(mvc.perform(get("/programmes/7/delivery-board").with(as(SCRUTINY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Delivery board view – ");
        assertThat(page.select("[data-test=no-spend]").text()).isEqualTo("The programme has no cost lines yet.");
    }

    @Test
    void aBoardShowsTheMostPressingActionsOfALongListAndLinksToTheWholeListFiltered() throws Exception {
        given(bodies.nameOfFirst(any())).willReturn("Operational Improvement Board");
        List<org.tgov.improvement.DescribedAction> tenOverdue = java.util.stream.IntStream.rangeClosed(1, ListedActions.SHOWN)
                .mapToObj(i -> anAction().id((long) i, "A" + i).overdue().described()).toList();
        given(report.deliveryBoard(programme, "Operational Improvement Board")).willReturn(new DeliveryBoardView(programme,
                "Operational Improvement Board", areas, new ListedActions(List.of(), 0), new ListedActions(List.of(), 0),
                new ListedActions(tenOverdue, 60), null));

        Document page = page(mvc.perform(get("/programmes/7/delivery-board").with(as(CHAIR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("[data-test=overdue-shown]").text()).isEqualTo("Showing the 10 most overdue of 60 overdue actions.");
        assertThat(page.select("#overdue ~ div [data-test=actions] tbody tr")).hasSize(10);
        assertThat(page.select("[data-test=overdue-all]").text()).isEqualTo("All 60 overdue actions");
        assertThat(page.select("[data-test=overdue-all]").attr("href")).isEqualTo("/programmes/7/actions?overdue=yes");
        assertThat(page.select("[data-test=red-all]")).isEmpty();
    }
}
