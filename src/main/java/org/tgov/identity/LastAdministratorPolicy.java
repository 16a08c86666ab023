package org.tgov.identity;

import org.tgov.shared.RuleViolation;

/** An organisation always keeps at least one enabled administrator, so nobody can lock it out. */
final class LastAdministratorPolicy {

    private LastAdministratorPolicy() {
    }

    /**
     * @param user                 the administrator about to lose the role or be disabled
     * @param enabledAdministrators how many enabled administrators the organisation has now
     */
    static void check(User user, long enabledAdministrators, String field, String action) {
        if (user.isAdmin() && user.isEnabled() && enabledAdministrators <= 1) {
            throw new RuleViolation(field, "You cannot " + action + " " + user.getDisplayName()
                    + " because they are the organisation's only administrator. Make someone else an administrator first.");
        }
    }
}
