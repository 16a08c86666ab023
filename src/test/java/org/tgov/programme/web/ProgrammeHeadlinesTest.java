package org.tgov.programme.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tgov.programme.ProgrammeHeadline;
import org.tgov.shared.web.Sentences;

/** The overview's headlines: each module's in its order, in words from the messages files, none when empty. */
class ProgrammeHeadlinesTest {

    @Test
    void showsEachModulesHeadlineInOrderAndLeavesOutThoseWithNoFigures() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("plan", headline(20, "headline.plan", List.of(new ProgrammeHeadline.Figure(
                new DefaultMessageSourceResolvable("headline.plan.actions"),
                new DefaultMessageSourceResolvable(new String[] {"headline.plan.byRating"}, new Object[] {10, 2, 3, 4, 1}), "/actions"))));
        beans.registerSingleton("money", headline(10, "headline.money", List.of(new ProgrammeHeadline.Figure(
                new DefaultMessageSourceResolvable("headline.money.budget"), ProgrammeHeadline.Figure.text("£21,864,000.00"), "/finance"))));
        beans.registerSingleton("empty", headline(30, "headline.money", List.of()));
        ProgrammeHeadlines headlines = new ProgrammeHeadlines(beans.getBeanProvider(ProgrammeHeadline.class),
                Sentences.source("messages,messages/reporting,messages/improvement"));

        assertThat(headlines.of(7L)).containsExactly(
                new ProgrammeHeadlines.Shown("Money", List.of(new ProgrammeHeadlines.Row("Budget, all years", "£21,864,000.00", "/finance"))),
                new ProgrammeHeadlines.Shown("Improvement plan and measures", List.of(new ProgrammeHeadlines.Row(
                        "Actions by progress rating", "10 actions: 2 red, 3 amber, 4 green, 1 blue (complete)", "/actions"))));
    }

    private static ProgrammeHeadline headline(int order, String heading, List<ProgrammeHeadline.Figure> figures) {
        return new ProgrammeHeadline() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public MessageSourceResolvable heading() {
                return new DefaultMessageSourceResolvable(heading);
            }

            @Override
            public List<Figure> figures(Long programmeId) {
                return figures;
            }
        };
    }
}
