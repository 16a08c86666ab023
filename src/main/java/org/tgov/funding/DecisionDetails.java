package org.tgov.funding;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tgov.shared.Money;

/**
 * Who decided to fund the programme, when, under which reference, how much, and from which funding
 * streams (each with its part of the amount, adding up to it). Blank notes are none.
 */
public record DecisionDetails(String decidedBy, LocalDate decidedOn, String reference, Money amount,
        Map<Long, Money> sources, String notes) {

    public DecisionDetails {
        decidedBy = decidedBy == null ? null : decidedBy.strip();
        reference = reference == null ? null : reference.strip();
        sources = sources == null ? Map.of() : new LinkedHashMap<>(sources);
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public Money sourcesTotal() {
        return sources.values().stream().reduce(Money.ZERO, Money::plus);
    }
}
