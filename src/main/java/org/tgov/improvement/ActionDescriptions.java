package org.tgov.improvement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.UserDirectory;
import org.tgov.identity.UserSummary;
import org.tgov.improvement.internal.PriorityArea;
import org.tgov.improvement.internal.PriorityAreaRepository;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.web.Option;

/**
 * Names for the ids actions carry (priority area, workstream, owner), for any number of actions in
 * three queries, so that a list costs the same whatever its length.
 */
@Service
@Transactional(readOnly = true)
public class ActionDescriptions {

    private final PriorityAreaRepository areas;
    private final WorkstreamManagement workstreams;
    private final UserDirectory users;

    ActionDescriptions(PriorityAreaRepository areas, WorkstreamManagement workstreams, UserDirectory users) {
        this.areas = areas;
        this.workstreams = workstreams;
        this.users = users;
    }

    public List<DescribedAction> describe(Long programmeId, Collection<ActionView> actions) {
        return describeWithGroups(programmeId, List.of(actions)).lists().get(0);
    }

    /**
     * Several lists described together with the programme's priority areas (in the plan's order) and
     * workstreams (by name), for a page that also counts actions by them: three queries in all.
     */
    public DescribedLists describeWithGroups(Long programmeId, List<? extends Collection<ActionView>> lists) {
        List<PriorityArea> areaRows = areas.findByProgrammeIdOrderByPositionAscIdAsc(programmeId);
        Map<Long, String> areaNames = areaRows.stream().collect(Collectors.toMap(PriorityArea::getId, a -> a.view().name()));
        Map<Long, String> workstreamNames = workstreamNames(programmeId);
        List<ActionView> all = lists.stream().flatMap(Collection::stream).toList();
        Map<Long, UserSummary> owners = all.isEmpty() ? Map.of()
                : users.find(all.stream().map(ActionView::ownerUserId).collect(Collectors.toSet()));
        List<List<DescribedAction>> each = lists.stream().map(list -> list.stream().map(a -> new DescribedAction(a,
                areaNames.getOrDefault(a.priorityAreaId(), ""), workstreamNames.getOrDefault(a.workstreamId(), ""),
                owners.containsKey(a.ownerUserId()) ? owners.get(a.ownerUserId()).displayName() : "")).toList()).toList();
        return new DescribedLists(
                areaRows.stream().map(a -> new Option(a.getId().toString(), a.view().name())).toList(),
                workstreamNames.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                        .map(e -> new Option(e.getKey().toString(), e.getValue())).toList(),
                each);
    }

    /** Lists of actions described, with the groups a page counts them by. */
    public record DescribedLists(List<Option> priorityAreas, List<Option> workstreams, List<List<DescribedAction>> lists) {
    }

    public DescribedAction describe(Long programmeId, ActionView action) {
        return describe(programmeId, List.of(action)).get(0);
    }

    public Map<Long, String> areaNames(Long programmeId) {
        return areas.findByProgrammeIdOrderByPositionAscIdAsc(programmeId).stream()
                .collect(Collectors.toMap(PriorityArea::getId, a -> a.view().name()));
    }

    public Map<Long, String> workstreamNames(Long programmeId) {
        return workstreams.of(programmeId).stream().collect(Collectors.toMap(Workstream::getId, Workstream::getName));
    }
}
