package org.tgov.spend.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.tgov.support.CostLineViewBuilder.aCostLineView;
import static org.tgov.support.DecisionViewBuilder.aDecision;
import static org.tgov.support.StreamViewBuilder.aStream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tgov.benefits.SavingsManagement;
import org.tgov.budget.BudgetFigures;
import org.tgov.budget.BudgetMovement;
import org.tgov.budget.CostLineManagement;
import org.tgov.budget.ForecastManagement;
import org.tgov.budget.LineFigures;
import org.tgov.funding.FundingFacts;
import org.tgov.identity.UserDirectory;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.spend.SpendManagement;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.support.WebSliceConfiguration;

/**
 * The cost line page in a slice: every form on it posts to its own controller, which shows the page
 * again, so each of their slices needs what the page reads. By default: cost line AG-1 (11) of
 * programme 7, drawing on the Reserve in 2022/23 and charged to CAB-1, of which £600 is released;
 * a £1,000 budget recorded by Fred Finance and £250 spent. Tests change what they are about.
 */
@Import({ WebSliceConfiguration.class, CostLinePage.class })
abstract class CostLinePageSlice {

    static final FinancialYear Y2022 = new FinancialYear(2022);

    @MockitoBean
    CostLineManagement costLines;

    @MockitoBean
    BudgetFigures figures;

    @MockitoBean
    ProgrammeManagement programmes;

    @MockitoBean
    WorkstreamManagement workstreams;

    @MockitoBean
    FundingFacts funding;

    @MockitoBean
    SavingsManagement savings;

    @MockitoBean
    SpendManagement spend;

    @MockitoBean
    ForecastManagement forecasts;

    @MockitoBean
    UserDirectory people;

    @BeforeEach
    void aCostLineChargedToADecisionWithPartReleased() {
        given(costLines.get(11L)).willReturn(aCostLineView().id(11L).workstream(2L).fundedBy(3L, 2022).chargedTo(5L).build());
        given(programmes.get(7L)).willReturn(ProgrammeBuilder.aProgramme().id(7L).years(2021, 2023).build());
        given(workstreams.get(2L)).willReturn(ProgrammeBuilder.workstream(2L, 7L, "Workforce"));
        given(funding.streams(7L)).willReturn(List.of(aStream().id(3L).named("Reserve").build()));
        given(funding.decision(7L, 5L)).willReturn(aDecision().id(5L).amount(1000, 3L)
                .tranche(41L, "Tranche 1", 600, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 1))
                .tranche(42L, "Tranche 2", 400, LocalDate.of(2022, 10, 1), null).build());
        given(figures.ofLineWithForecasts(11L)).willReturn(new org.tgov.budget.LineYears(List.of(
                new LineFigures(11L, Y2022, Money.pounds(1000), Money.pounds(250), Money.ZERO, null)), List.of()));
        given(costLines.budgetHistory(11L)).willReturn(List.of(new BudgetMovement(Y2022, Money.pounds(1000), null, false,
                Instant.parse("2022-04-01T08:00:00Z"), "fred.finance")));
        given(people.displayNames(any())).willReturn(Map.of("fred.finance", "Fred Finance"));
    }
}
