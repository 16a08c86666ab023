package org.tgov.reporting;

import java.util.List;
import java.util.Map;
import org.tgov.improvement.DescribedAction;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.InterventionView;
import org.tgov.improvement.MeasureView;
import org.tgov.improvement.RatingTable;
import org.tgov.programme.Programme;

/**
 * What the independent improvement board (the DfE Improvement Board) reads: compliance with each
 * requirement of every notice and direction with the actions that answer it, plan progress and
 * impact by priority area, and the overdue actions (the most overdue first).
 *
 * @param bodyName the board's own name, or null when the council has no such board
 */
public record ImprovementBoardView(Programme programme, String bodyName, List<InterventionView> interventions,
        Map<Long, List<DescribedAction>> actionsByRequirement, RatingTable byPriorityArea, ListedActions overdue,
        List<MeasureView> measures, List<InspectionView> inspections, Map<Long, List<DescribedAction>> actionsByRecommendation) {

    public List<DescribedAction> answering(Long requirementId) {
        return actionsByRequirement.getOrDefault(requirementId, List.of());
    }
}
