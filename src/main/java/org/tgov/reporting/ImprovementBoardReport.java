package org.tgov.reporting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.BudgetFigures;
import org.tgov.improvement.ActionDescriptions;
import org.tgov.improvement.ActionDescriptions.DescribedLists;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.DescribedAction;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.PlanOverview;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;

/**
 * Builds the improvement board views, each in a fixed number of queries: the independent
 * improvement board's (compliance, progress by priority area) and the operational board's
 * (delivery by workstream, red and amber, spend). The actions are counted by the database in one
 * query and the lists a board shows are read in one more; of the overdue, red and amber actions a
 * board shows the first few and says how many there are.
 */
@Service
@Transactional(readOnly = true)
public class ImprovementBoardReport {

    private final ProgrammeManagement programmes;
    private final InterventionManagement interventions;
    private final PlanOverview plan;
    private final ActionDescriptions descriptions;
    private final BudgetFigures figures;
    private final MeasureManagement measures;
    private final InspectionManagement inspections;

    ImprovementBoardReport(ProgrammeManagement programmes, InterventionManagement interventions, PlanOverview plan,
            ActionDescriptions descriptions, BudgetFigures figures, MeasureManagement measures, InspectionManagement inspections) {
        this.programmes = programmes;
        this.interventions = interventions;
        this.plan = plan;
        this.descriptions = descriptions;
        this.figures = figures;
        this.measures = measures;
        this.inspections = inspections;
    }

    /** @param bodyName the name of the council's independent improvement board, or null when it has none */
    public ImprovementBoardView improvementBoard(Long programmeId, String bodyName) {
        return improvementBoard(programmes.get(programmeId), bodyName);
    }

    /** For a caller that has read the programme (and so checked it is the reader's). */
    public ImprovementBoardView improvementBoard(Programme programme, String bodyName) {
        Long programmeId = programme.getId();
        PlanOverview.ImprovementBoardActions listed = plan.forImprovementBoard(programmeId);
        DescribedLists described = descriptions.describeWithGroups(programmeId, List.of(listed.answeringRequirements(),
                listed.answeringRecommendations(), first(listed.overdue())));
        Map<Long, List<DescribedAction>> byRequirement = described.lists().get(0).stream()
                .collect(Collectors.groupingBy(a -> a.action().requirementId()));
        Map<Long, List<DescribedAction>> byRecommendation = described.lists().get(1).stream()
                .collect(Collectors.groupingBy(a -> a.action().inspectionRecommendationId()));
        return new ImprovementBoardView(programme, bodyName, interventions.interventions(programmeId), byRequirement,
                plan.tallies(programmeId).byPriorityArea(described.priorityAreas()),
                new ListedActions(described.lists().get(2), listed.overdue().size()), measures.measures(programmeId),
                inspections.inspections(programmeId), byRecommendation);
    }

    /** @param bodyName the name of the council's operational improvement board, or null when it has none */
    public DeliveryBoardView deliveryBoard(Long programmeId, String bodyName) {
        return deliveryBoard(programmes.get(programmeId), bodyName);
    }

    /** For a caller that has read the programme (and so checked it is the reader's). */
    public DeliveryBoardView deliveryBoard(Programme programme, String bodyName) {
        Long programmeId = programme.getId();
        PlanOverview.DeliveryBoardActions listed = plan.forDeliveryBoard(programmeId);
        DescribedLists described = descriptions.describeWithGroups(programmeId,
                List.of(first(listed.red()), first(listed.amber()), first(listed.overdue())));
        return new DeliveryBoardView(programme, bodyName, plan.tallies(programmeId).byWorkstream(described.workstreams()),
                new ListedActions(described.lists().get(0), listed.red().size()),
                new ListedActions(described.lists().get(1), listed.amber().size()),
                new ListedActions(described.lists().get(2), listed.overdue().size()),
                figures.totalOf(programmeId).orElse(null));
    }

    private static List<ActionView> first(List<ActionView> actions) {
        return actions.subList(0, Math.min(ListedActions.SHOWN, actions.size()));
    }
}
