package org.tgov.identity;

import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database constraint refused a change, so that only the refusal it stands for is reported. */
final class DatabaseRefusal {

    private DatabaseRefusal() {
    }

    /**
     * Whether the named constraint refused the change. Hibernate reports the name as the database
     * gives it: exactly on PostgreSQL, with a schema and an index suffix on H2.
     */
    static boolean byConstraint(DataIntegrityViolationException refusal, String constraint) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
