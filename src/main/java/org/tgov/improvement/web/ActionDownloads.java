package org.tgov.improvement.web;

import java.util.List;
import org.tgov.improvement.ActionView;
import org.tgov.improvement.DescribedAction;
import org.tgov.shared.UkDates;

/**
 * A list of actions as CSV or as an xlsx workbook (see {@link Spreadsheets}), with the columns of the page.
 */
final class ActionDownloads {

    static final List<String> HEADER = List.of("Reference", "Action", "Priority area", "Workstream", "Owner", "Due",
            "Overdue", "Status", "Progress", "Impact", "Last update");

    private ActionDownloads() {
    }

    static byte[] csv(List<DescribedAction> actions) {
        return Spreadsheets.csv(HEADER, actions.stream().map(ActionDownloads::cells).toList());
    }

    static byte[] xlsx(List<DescribedAction> actions) {
        return Spreadsheets.xlsx("Actions", HEADER, actions.stream().map(ActionDownloads::cells).toList(), 1);
    }

    private static List<String> cells(DescribedAction described) {
        ActionView a = described.action();
        return List.of(a.reference(), a.title(), described.priorityArea(), described.workstream(), described.owner(),
                UkDates.format(a.dueOn()), a.overdue() ? "Overdue" : "", a.status().label(), a.progress().label(),
                a.impact().label(), a.lastUpdateOn() == null ? "" : UkDates.format(a.lastUpdateOn()));
    }
}
