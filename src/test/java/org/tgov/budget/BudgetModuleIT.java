package org.tgov.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tgov.support.Refusals.assertRefused;
import static org.tgov.support.TestData.actingAs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.tgov.boards.BodyDetails;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodyType;
import org.tgov.boards.Cadence;
import org.tgov.funding.FundingManagement;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.StreamDetails;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.support.ModuleIntegrationTest;
import org.tgov.support.TestData;
import org.tgov.support.TestData.Council;

/**
 * The budget module with the modules it uses (programme, funding, benefits, boards, identity,
 * shared) on this run's PostgreSQL: a change request moves the figures only once the deciding body
 * approves it, records who did what, and announces it to the rest of the application.
 */
@ModuleIntegrationTest
@Import(TestData.class)
class BudgetModuleIT {

    static final FinancialYear YEAR = new FinancialYear(2022);

    @Autowired TestData data;
    @Autowired WorkstreamManagement workstreams;
    @Autowired FundingManagement funding;
    @Autowired BodyManagement bodies;
    @Autowired CostLineManagement costLines;
    @Autowired ChangeRequestManagement changes;
    @Autowired BudgetFigures figures;
    @Autowired Clock clock;

    @Test
    void anApprovedVirementMovesTheBudgetsOfItsLinesAndIsAnnounced(AssertablePublishedEvents events) {
        Council council = data.council();
        SignedInUser officer = data.user(council, Role.OFFICER);
        SignedInUser chair = data.user(council, Role.CHAIR);
        Long programme = data.programme(council);
        List<Long> lines = actingAs(officer, () -> {
            Long workstream = workstreams.create(programme, "Workforce", null, null);
            Long stream = funding.createStream(programme, new StreamDetails("Reserve", FundingStreamType.RESERVE, null),
                    Map.of(YEAR, Money.pounds(2000)));
            return List.of(line(programme, workstream, stream, "AG-1"), line(programme, workstream, stream, "RC-1"));
        });
        actingAs(data.user(council, Role.ADMIN), () -> bodies.create(new BodyDetails("Resources Board",
                BodyType.RESOURCES_BOARD, chair.getId(), null, Cadence.MONTHLY, null, true)));

        Long request = actingAs(officer, () -> {
            Long id = changes.draft(programme, ChangeRequestType.VIREMENT, "Recruit instead of agency", "Cheaper",
                    List.of(new BudgetChange(lines.get(0), YEAR, Money.pounds(-300)),
                            new BudgetChange(lines.get(1), YEAR, Money.pounds(300))));
            changes.submit(id, changes.get(id).version());
            return id;
        });
        assertThat(budgets(officer, lines)).as("nothing moves while it awaits a decision")
                .containsExactly(Money.pounds(1000), Money.pounds(1000));
        assertRefused(() -> actingAs(officer, () -> changes.decide(request, changes.get(request).version(), true,
                LocalDate.now(clock), "RB/1", null, officer)), "changeRequest.decide.notOnBody");

        actingAs(chair, () -> changes.decide(request, changes.get(request).version(), true, LocalDate.now(clock),
                "RB/22/14", null, chair));

        assertThat(budgets(officer, lines)).containsExactly(Money.pounds(700), Money.pounds(1300));
        ChangeRequestView approved = actingAs(officer, () -> changes.get(request));
        assertThat(approved.status()).isEqualTo(ChangeRequestStatus.APPROVED);
        assertThat(approved.draftedBy()).isEqualTo(officer.getUsername());
        assertThat(approved.submittedBy()).isEqualTo(officer.getUsername());
        assertThat(approved.decidedBy()).isEqualTo(chair.getUsername());
        assertThat(events).contains(ChangeRequestSubmitted.class).matching(ChangeRequestSubmitted::changeRequestId, request);
        assertThat(events).contains(ChangeRequestApproved.class).matching(ChangeRequestApproved::changeRequestId, request);
    }

    private Long line(Long programme, Long workstream, Long stream, String code) {
        return costLines.create(programme, new CostLineDetails(workstream, code, "Line " + code, CostCategory.AGENCY_STAFF,
                ExpenditureType.IMPROVEMENT, Map.of(YEAR, stream), null, java.util.Set.of(), null, false),
                Map.of(YEAR, Money.pounds(1000)));
    }

    private List<Money> budgets(SignedInUser user, List<Long> lines) {
        return actingAs(user, () -> lines.stream()
                .map(line -> figures.ofLine(line).stream().filter(f -> f.year().equals(YEAR)).findFirst().orElseThrow().budget())
                .toList());
    }
}
