package org.tgov.workforce.internal;

/** A year's average FTE in post over the months reported, permanent and agency. */
public record YearAverages(org.tgov.shared.FinancialYear year, Double permanent, Double agency, Long months) {
}
