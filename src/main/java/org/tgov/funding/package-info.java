/**
 * Funding: the streams a programme draws on (grants, capital receipts, reserves, base budget), their
 * amounts per financial year, the decisions that approve money from one or more streams and the
 * tranches in which the money is released.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding",
        allowedDependencies = { "programme", "identity", "shared" })
package org.tgov.funding;
