package org.tgov.budget.web;

import org.tgov.budget.CostLine;
import org.tgov.reporting.Measures;

/** One row of the cost lines table: the cost line, the names it refers to, and its totals over all years. */
public record CostLineListItem(CostLine costLine, String workstream, String fundingStream, String decisionReference,
        Measures total) {
}
