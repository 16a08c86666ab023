package org.tgov.reporting;

import org.tgov.budget.Measures;
import org.tgov.improvement.RatingTable;
import org.tgov.programme.Programme;

/**
 * What the operational improvement board (the SRO's) reads: delivery of the whole programme, with
 * actions by workstream and rating, the red and amber actions, the overdue ones (each the most pressing first), and the spend headline.
 *
 * @param bodyName the board's own name, or null when the council has no such board
 * @param spend    the programme's budget, forecast and actual to date over all its years, or null when it has no money model
 */
public record DeliveryBoardView(Programme programme, String bodyName, RatingTable byWorkstream, ListedActions red,
        ListedActions amber, ListedActions overdue, Measures spend) {
}
