package org.tgov.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.boards.BodyManagement;
import org.tgov.boards.BodySummary;
import org.tgov.boards.BodyType;
import org.tgov.budget.Measures;
import org.tgov.improvement.ActionDescriptions;
import org.tgov.improvement.DescribedAction;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.PlanManagement;
import org.tgov.improvement.RatingTable;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.web.Option;

/**
 * Builds the improvement board views, each in a fixed number of queries: the independent
 * improvement board's (compliance, progress by priority area) and the operational board's
 * (delivery by workstream, red and amber, spend). Each is titled with the council's own board.
 */
@Service
@Transactional(readOnly = true)
public class ImprovementBoardReport {

    private final ProgrammeManagement programmes;
    private final InterventionManagement interventions;
    private final PlanManagement plan;
    private final ActionDescriptions descriptions;
    private final FinanceReports finance;
    private final BodyManagement bodies;
    private final MeasureManagement measures;
    private final InspectionManagement inspections;

    ImprovementBoardReport(ProgrammeManagement programmes, InterventionManagement interventions, PlanManagement plan,
            ActionDescriptions descriptions, FinanceReports finance, BodyManagement bodies, MeasureManagement measures,
            InspectionManagement inspections) {
        this.programmes = programmes;
        this.interventions = interventions;
        this.plan = plan;
        this.descriptions = descriptions;
        this.finance = finance;
        this.bodies = bodies;
        this.measures = measures;
        this.inspections = inspections;
    }

    /** The first body of the type, by name: whose name the view bears. */
    public Optional<BodySummary> bodyOfType(BodyType type) {
        return bodies.all().stream().filter(b -> b.type() == type).findFirst();
    }

    public ImprovementBoardView improvementBoard(Long programmeId) {
        programmes.get(programmeId);
        List<List<DescribedAction>> described = descriptions.describeEach(programmeId, List.of(
                plan.answeringRequirements(programmeId), plan.overdue(programmeId), plan.answeringInspections(programmeId)));
        Map<Long, List<DescribedAction>> byRequirement = described.get(0).stream()
                .collect(Collectors.groupingBy(a -> a.action().requirementId()));
        RatingTable byArea = RatingTable.of(plan.priorityAreas(programmeId).stream()
                        .map(a -> new Option(a.id().toString(), a.name())).toList(),
                plan.progressByPriorityArea(programmeId), plan.impactByPriorityArea(programmeId));
        return new ImprovementBoardView(bodyOfType(BodyType.INDEPENDENT_IMPROVEMENT_BOARD).map(BodySummary::name).orElse(null),
                interventions.interventions(programmeId), byRequirement, byArea, described.get(1), measures.measures(programmeId),
                inspections.inspections(programmeId), described.get(2).stream()
                        .collect(Collectors.groupingBy(a -> a.action().inspectionRecommendationId())));
    }

    public DeliveryBoardView deliveryBoard(Long programmeId) {
        programmes.get(programmeId);
        RatingTable byWorkstream = RatingTable.of(descriptions.workstreamNames(programmeId).entrySet().stream()
                        .sorted(Map.Entry.comparingByValue()).map(e -> new Option(e.getKey().toString(), e.getValue())).toList(),
                plan.progressByWorkstream(programmeId), plan.impactByWorkstream(programmeId));
        ProgrammeFinance money = finance.programmeFinance(programmeId);
        Measures spend = money.byCostLine().isEmpty() ? null : money.total().total();
        List<List<DescribedAction>> described = descriptions.describeEach(programmeId,
                List.of(plan.redAndAmber(programmeId), plan.overdue(programmeId)));
        return new DeliveryBoardView(bodyOfType(BodyType.OPERATIONAL_BOARD).map(BodySummary::name).orElse(null), byWorkstream,
                described.get(0), described.get(1), spend);
    }
}
