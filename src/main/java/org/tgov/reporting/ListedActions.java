package org.tgov.reporting;

import java.util.List;
import org.tgov.improvement.DescribedAction;

/**
 * The first actions of a list a board shows, and how many the list holds: a board shows the most
 * pressing few and links to the whole list in the actions list, filtered.
 */
public record ListedActions(List<DescribedAction> shown, int total) {

    /** How many actions a board shows of each list. */
    public static final int SHOWN = 10;

    public boolean isEmpty() {
        return total == 0;
    }

    public boolean hasMore() {
        return total > shown.size();
    }
}
