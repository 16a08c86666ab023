package org.tgov.improvement.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tgov.identity.UserDirectory;
import org.tgov.improvement.InspectionManagement;
import org.tgov.improvement.InterventionManagement;
import org.tgov.improvement.PlanManagement;
import org.tgov.programme.Workstream;
import org.tgov.programme.WorkstreamManagement;
import org.tgov.shared.web.Option;

/**
 * What the action form offers to choose from, all of the programme's own: versions of the plan,
 * priority areas, workstreams, the council's people by name, and the inspection recommendations
 * and requirements of notices an action may answer. A fixed number of queries whatever their number.
 */
@Component
class ActionChoices {

    private final PlanManagement plans;
    private final WorkstreamManagement workstreams;
    private final UserDirectory users;
    private final InspectionManagement inspections;
    private final InterventionManagement interventions;

    ActionChoices(PlanManagement plans, WorkstreamManagement workstreams, UserDirectory users, InspectionManagement inspections,
            InterventionManagement interventions) {
        this.plans = plans;
        this.workstreams = workstreams;
        this.users = users;
        this.inspections = inspections;
        this.interventions = interventions;
    }

    /** @param currentOwnerId the owner the action has now (kept on offer if they can no longer sign in), or null */
    void addTo(Model model, Long programmeId, Long currentOwnerId) {
        model.addAttribute("plans", plans.plans(programmeId).stream()
                .map(p -> new Option(p.id().toString(), p.title() + " – " + p.planVersion())).toList());
        model.addAttribute("areas", plans.priorityAreas(programmeId).stream()
                .map(a -> new Option(a.id().toString(), a.name())).toList());
        model.addAttribute("workstreams", workstreams.of(programmeId).stream().sorted(Comparator.comparing(Workstream::getName))
                .map(w -> new Option(w.getId().toString(), w.getName())).toList());
        List<Option> owners = new ArrayList<>(users.activeUsers().stream()
                .map(u -> new Option(u.id().toString(), u.displayName())).toList());
        if (currentOwnerId != null && owners.stream().noneMatch(o -> o.value().equals(currentOwnerId.toString()))) {
            users.find(Set.of(currentOwnerId)).values().forEach(u -> owners.add(0, new Option(u.id().toString(), u.displayName())));
        }
        model.addAttribute("owners", owners);
        // the recommendations and requirements an action may answer, grouped on the page by where they come from
        model.addAttribute("inspections", inspections.inspections(programmeId));
        model.addAttribute("interventions", interventions.interventions(programmeId));
    }
}
