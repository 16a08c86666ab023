package org.tgov.budget.web;

import java.util.List;
import org.tgov.budget.CostLineView;
import org.tgov.budget.Measures;

/**
 * One row of the cost lines table: the cost line, the names it refers to (each funding stream it
 * draws on over the years), its figures over all years, and whether spend and commitments exceed its
 * budget or forecast in any one year (a surplus in one year does not hide an overspend in another).
 */
record CostLineListItem(CostLineView costLine, String workstream, List<String> fundingStreams, String decisionReference,
        Measures total, boolean overspent) {
}
