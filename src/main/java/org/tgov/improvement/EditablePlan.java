package org.tgov.improvement;

/** A version of the plan as its change form starts from it: what it says, and the version of the record that was read. */
public record EditablePlan(Long id, PlanDetails details, long version) {
}
