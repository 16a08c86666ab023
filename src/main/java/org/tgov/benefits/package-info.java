/**
 * Benefits: savings targets per financial year and what has been delivered against them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benefits",
        allowedDependencies = { "programme", "identity", "shared" })
package org.tgov.benefits;
