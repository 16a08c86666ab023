package org.tgov.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.improvement.internal.ImprovementActionRepository;

/**
 * What boards and headlines read of a programme's plan, in as few queries as the page allows: every
 * action counted by group and rating in one, and the actions a board lists in one more, split here.
 * Callers have checked that the programme is the reader's.
 */
@Service
@Transactional(readOnly = true)
public class PlanOverview {

    private final ImprovementActionRepository actions;
    private final Clock clock;

    PlanOverview(ImprovementActionRepository actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    public ActionTallies tallies(Long programmeId) {
        return new ActionTallies(actions.tally(programmeId, LocalDate.now(clock), PlanManagement.DONE));
    }

    /** The actions answering a requirement, those answering an inspection recommendation, and the overdue ones (most overdue first). */
    public ImprovementBoardActions forImprovementBoard(Long programmeId) {
        LocalDate today = LocalDate.now(clock);
        List<ActionView> listed = actions.answeringOrOverdue(programmeId, today, PlanManagement.DONE).stream()
                .map(a -> a.view(today)).toList();
        Comparator<ActionView> byReference = Comparator.comparing(ActionView::reference);
        return new ImprovementBoardActions(
                listed.stream().filter(a -> a.requirementId() != null).sorted(byReference).toList(),
                listed.stream().filter(a -> a.inspectionRecommendationId() != null).sorted(byReference).toList(),
                listed.stream().filter(ActionView::overdue).toList());
    }

    /** The actions rated red, those rated amber for progress, and the overdue ones (each most overdue first). */
    public DeliveryBoardActions forDeliveryBoard(Long programmeId) {
        LocalDate today = LocalDate.now(clock);
        List<ActionView> listed = actions.ratedOrOverdue(programmeId, EnumSet.of(Rating.RED, Rating.AMBER), today, PlanManagement.DONE)
                .stream().map(a -> a.view(today)).toList();
        return new DeliveryBoardActions(
                listed.stream().filter(a -> a.progress() == Rating.RED).toList(),
                listed.stream().filter(a -> a.progress() == Rating.AMBER).toList(),
                listed.stream().filter(ActionView::overdue).toList());
    }

    /** The lists of actions the independent improvement board shows, read together. */
    public record ImprovementBoardActions(List<ActionView> answeringRequirements, List<ActionView> answeringRecommendations,
            List<ActionView> overdue) {
    }

    /** The lists of actions the operational board shows, read together. */
    public record DeliveryBoardActions(List<ActionView> red, List<ActionView> amber, List<ActionView> overdue) {
    }
}
