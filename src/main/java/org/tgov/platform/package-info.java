/**
 * Platform administration: the people who run the installation create each council's organisation
 * and its first administrator. They see no organisation's programme data, so this module uses
 * identity and nothing else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform administration",
        allowedDependencies = { "identity", "shared" })
package org.tgov.platform;
