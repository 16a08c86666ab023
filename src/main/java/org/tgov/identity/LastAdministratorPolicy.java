package org.tgov.identity;

import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/** An organisation always keeps at least one enabled administrator, so nobody can lock it out. */
final class LastAdministratorPolicy {

    private LastAdministratorPolicy() {
    }

    /**
     * @param user                 the administrator about to lose the role or be disabled
     * @param enabledAdministrators how many enabled administrators the organisation has now
     * @param code                 the sentence that says what cannot be done, such as user.lastAdministrator.disable
     */
    static void check(User user, long enabledAdministrators, String field, String code) {
        if (user.isAdmin() && user.isEnabled() && enabledAdministrators <= 1) {
            throw new Refused(Refusal.about(field, code, user.getDisplayName()));
        }
    }
}
