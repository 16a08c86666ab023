/**
 * Budget: cost lines and their budgets per year, each year charged to a funding stream; forecasts of
 * outturn; change requests that move budget between lines, decided by the body the organisation
 * names; the ledger of actual and committed spend per line and year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget",
        allowedDependencies = { "programme", "funding", "benefits", "boards", "identity", "shared" })
package org.tgov.budget;
