/**
 * What each governance body reads before a meeting, built from the other modules' APIs. Nothing
 * depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = { "programme", "funding", "budget", "workforce", "benefits", "improvement", "boards", "identity", "shared" })
package org.tgov.reporting;
