package org.tgov.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do, and which roles give it: the one place that says so. Controllers say it
 * with the annotations of the same names ({@link CanEditProgrammeData} and the others), pages with
 * {@code ${@can.editProgrammeData()}}.
 */
public enum Permission {
    /** Workstreams, funding, cost lines, spend, savings, establishment; drafting change requests. */
    EDIT_PROGRAMME_DATA(Role.ADMIN, Role.OFFICER, Role.FINANCE),
    /** Adding a programme and changing its details. */
    MANAGE_PROGRAMMES(Role.ADMIN, Role.OFFICER),
    /** Progress on the improvement plan's actions and compliance with a notice's requirements (officers only for their own actions and workstreams). */
    RECORD_PROGRESS(Role.ADMIN, Role.OFFICER),
    /** The improvement record itself: interventions and their requirements, inspections and their recommendations, plan versions, priority areas, actions, measures and their values. */
    MANAGE_IMPROVEMENT(Role.ADMIN, Role.OFFICER),
    /** Forecast outturn. */
    FORECAST(Role.ADMIN, Role.FINANCE),
    /** The organisation's users, roles and governance bodies. */
    ADMINISTER(Role.ADMIN),
    /** Organisations and their first administrators. */
    RUN_PLATFORM(Role.PLATFORM_ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... others) {
        this.roles = EnumSet.of(first, others);
    }

    public boolean grantedTo(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
