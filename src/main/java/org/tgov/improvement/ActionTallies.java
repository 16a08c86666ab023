package org.tgov.improvement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tgov.shared.web.Option;

/** Every action of a programme counted by group and rating in one query, rolled up as each page needs. */
public record ActionTallies(List<ActionTally> tallies) {

    public boolean isEmpty() {
        return tallies.isEmpty();
    }

    public long actions() {
        return tallies.stream().mapToLong(ActionTally::count).sum();
    }

    public long overdue() {
        return tallies.stream().mapToLong(ActionTally::overdue).sum();
    }

    /** Actions by progress rating over the whole plan. */
    public Map<Rating, Long> byProgress() {
        Map<Rating, Long> counts = new EnumMap<>(Rating.class);
        tallies.stream().filter(t -> t.progress() != null).forEach(t -> counts.merge(t.progress(), t.count(), Long::sum));
        return counts;
    }

    public RatingTable byPriorityArea(List<Option> areas) {
        return table(areas, ActionTally::priorityAreaId);
    }

    public RatingTable byWorkstream(List<Option> workstreams) {
        return table(workstreams, ActionTally::workstreamId);
    }

    private RatingTable table(List<Option> groups, Function<ActionTally, Long> group) {
        return RatingTable.of(groups,
                tallies.stream().map(t -> new RatingTally(group.apply(t), t.progress(), t.count())).toList(),
                tallies.stream().map(t -> new RatingTally(group.apply(t), t.impact(), t.count())).toList());
    }
}
