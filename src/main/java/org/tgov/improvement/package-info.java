/**
 * Improvement: the interventions a council is under and compliance with each requirement, its
 * inspections, the improvement plan with its priority areas, actions and progress updates, and the
 * measures that matter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Improvement",
        allowedDependencies = { "programme", "identity", "shared" })
package org.tgov.improvement;
