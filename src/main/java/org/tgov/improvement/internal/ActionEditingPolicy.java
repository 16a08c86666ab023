package org.tgov.improvement.internal;

import java.util.Set;
import org.tgov.identity.Role;
import org.tgov.identity.SignedInUser;

/**
 * Who may record progress on an action: an administrator, or an officer who owns it or owns another
 * action of its workstream. Chairs, board and scrutiny members read; nobody else writes.
 */
public final class ActionEditingPolicy {

    private ActionEditingPolicy() {
    }

    /** @param workstreamsOfUser the workstreams in which the person owns at least one action */
    public static boolean mayUpdate(SignedInUser user, Long ownerUserId, Long workstreamId, Set<Long> workstreamsOfUser) {
        if (user == null) {
            return false;
        }
        if (user.has(Role.ADMIN)) {
            return true;
        }
        return user.has(Role.OFFICER) && (user.getId().equals(ownerUserId) || workstreamsOfUser.contains(workstreamId));
    }
}
