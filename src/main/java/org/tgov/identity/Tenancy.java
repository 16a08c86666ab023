package org.tgov.identity;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which organisation's data the current thread works on. Every tenant-owned entity carries
 * Hibernate's {@code @TenantId}, and Hibernate asks {@link #currentOrganisationId()} (through the
 * tenant identifier resolver) when a session opens, so queries see only that organisation's rows
 * and new rows are stamped with it: the rule is enforced here, once, not in each query.
 */
public final class Tenancy {

    /** Matches no organisation: what anonymous requests and platform administrators get. */
    public static final Long NO_ORGANISATION = 0L;

    private static final ThreadLocal<Long> OVERRIDE = new ThreadLocal<>();

    private Tenancy() {
    }

    public static Long currentOrganisationId() {
        Long override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && user.getOrganisationId() != null) {
            return user.getOrganisationId();
        }
        return NO_ORGANISATION;
    }

    /**
     * Runs work on behalf of an organisation outside a user's request (loading demo data, a platform
     * administrator setting up a new organisation). Open the transaction inside the work, so that
     * its session is opened for this organisation.
     */
    public static <T> T callAs(Long organisationId, Supplier<T> work) {
        Long previous = OVERRIDE.get();
        OVERRIDE.set(organisationId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static void runAs(Long organisationId, Runnable work) {
        callAs(organisationId, () -> {
            work.run();
            return null;
        });
    }
}
