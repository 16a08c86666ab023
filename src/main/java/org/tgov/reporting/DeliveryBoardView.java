package org.tgov.reporting;

import java.util.List;
import org.tgov.budget.Measures;
import org.tgov.improvement.DescribedAction;
import org.tgov.improvement.Rating;
import org.tgov.improvement.RatingTable;

/**
 * What the operational improvement board (the SRO's) reads: delivery of the whole programme, with
 * actions by workstream and rating, the red and amber actions, the overdue ones, and the spend headline.
 *
 * @param bodyName the board's own name, or null when the council has no such board
 * @param spend    the programme's budget, forecast and actual to date over all its years, or null when it has no money model
 */
public record DeliveryBoardView(String bodyName, RatingTable byWorkstream, List<DescribedAction> redAndAmber,
        List<DescribedAction> overdue, Measures spend) {

    public List<DescribedAction> red() {
        return rated(Rating.RED);
    }

    public List<DescribedAction> amber() {
        return rated(Rating.AMBER);
    }

    private List<DescribedAction> rated(Rating rating) {
        return redAndAmber.stream().filter(a -> a.action().progress() == rating).toList();
    }
}
