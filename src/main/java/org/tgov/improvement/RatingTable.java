package org.tgov.improvement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tgov.shared.web.Option;

/**
 * Actions counted by progress rating and by impact rating for each group (priority area or
 * workstream), from the database's counts: one row per group, in the groups' order.
 */
public record RatingTable(List<Row> rows, Row total) {

    public record Row(String groupId, String name, Map<Rating, Long> progress, Map<Rating, Long> impact) {

        public long count(Rating rating, boolean ofImpact) {
            return (ofImpact ? impact : progress).getOrDefault(rating, 0L);
        }

        public long actions() {
            return progress.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static RatingTable of(List<Option> groups, List<RatingTally> progress, List<RatingTally> impact) {
        Map<Rating, Long> totalProgress = new EnumMap<>(Rating.class);
        Map<Rating, Long> totalImpact = new EnumMap<>(Rating.class);
        List<Row> rows = groups.stream().map(group -> {
            Map<Rating, Long> p = new EnumMap<>(Rating.class);
            Map<Rating, Long> i = new EnumMap<>(Rating.class);
            progress.stream().filter(t -> group.value().equals(String.valueOf(t.groupId()))).forEach(t -> p.merge(t.rating(), t.count(), Long::sum));
            impact.stream().filter(t -> group.value().equals(String.valueOf(t.groupId()))).forEach(t -> i.merge(t.rating(), t.count(), Long::sum));
            p.forEach((r, c) -> totalProgress.merge(r, c, Long::sum));
            i.forEach((r, c) -> totalImpact.merge(r, c, Long::sum));
            return new Row(group.value(), group.label(), p, i);
        }).toList();
        return new RatingTable(rows, new Row(null, null, totalProgress, totalImpact));
    }

    public List<Rating> ratings() {
        return List.of(Rating.values());
    }
}
