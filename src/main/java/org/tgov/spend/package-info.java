/**
 * Spend: actual spend and commitments recorded against cost lines, one by one or from a ledger
 * file, within the tranches released for each line's funding decision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spend",
        allowedDependencies = { "budget", "funding", "benefits", "programme", "identity", "shared" })
package org.tgov.spend;
