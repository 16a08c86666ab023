package org.tgov.improvement.web;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.tgov.improvement.ActionTallies;
import org.tgov.improvement.MeasureManagement;
import org.tgov.improvement.MeasureView;
import org.tgov.improvement.PlanOverview;
import org.tgov.improvement.Rating;
import org.tgov.programme.ProgrammeHeadline;

/** The plan's headline on a programme's overview: actions by progress rating, overdue actions, measures off target. */
@Component
class ImprovementHeadlines implements ProgrammeHeadline {

    private final PlanOverview plan;
    private final MeasureManagement measures;

    ImprovementHeadlines(PlanOverview plan, MeasureManagement measures) {
        this.plan = plan;
        this.measures = measures;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public MessageSourceResolvable heading() {
        return label("headline.plan");
    }

    @Override
    public List<Figure> figures(Long programmeId) {
        ActionTallies tallies = plan.tallies(programmeId);
        Map<Rating, Long> byRating = tallies.byProgress();
        List<MeasureView> all = measures.measures(programmeId);
        if (byRating.isEmpty() && all.isEmpty()) {
            return List.of();
        }
        long actions = tallies.actions();
        return List.of(
                new Figure(label("headline.plan.actions"), label("headline.plan.byRating", actions, count(byRating, Rating.RED),
                        count(byRating, Rating.AMBER), count(byRating, Rating.GREEN), count(byRating, Rating.BLUE)), "/actions"),
                new Figure(label("headline.plan.overdue"), Figure.text(Long.toString(tallies.overdue())), "/plan"),
                new Figure(label("headline.measures.offTarget"), label("headline.measures.ofMeasures",
                        all.stream().filter(MeasureView::offTarget).count(), all.size()), "/measures"));
    }

    private static long count(Map<Rating, Long> byRating, Rating rating) {
        return byRating.getOrDefault(rating, 0L);
    }

    private static DefaultMessageSourceResolvable label(String code, Object... values) {
        return new DefaultMessageSourceResolvable(new String[] {code}, values);
    }
}
