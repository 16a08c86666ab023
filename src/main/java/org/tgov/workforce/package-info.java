/**
 * Workforce: the planned establishment and the full-time equivalents in post, per financial year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
        allowedDependencies = { "programme", "identity", "shared" })
package org.tgov.workforce;
