package org.tgov.benefits.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tgov.benefits.SavingsTargetView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** The savings page: every target with its workstream's name, and planned against delivered by year. */
record SavingsTable(List<Row> rows, List<YearTotal> years, YearTotal total) {

    /** @param workstream the workstream's name, or null when it cannot be found (the page says so, workstream.unknown) */
    record Row(SavingsTargetView target, String workstream) {
    }

    /** @param year null for the total of all years */
    record YearTotal(FinancialYear year, Money planned, Money delivered, Money cashableDelivered) {

        YearTotal plus(SavingsTargetView target) {
            return new YearTotal(year, planned.plus(target.planned()), delivered.plus(target.delivered()),
                    target.cashable() ? cashableDelivered.plus(target.delivered()) : cashableDelivered);
        }

        /** Planned less delivered: what is still to be delivered (negative when more was delivered). */
        public Money outstanding() {
            return planned.minus(delivered);
        }
    }

    static SavingsTable of(List<SavingsTargetView> targets, Map<Long, String> workstreamNames) {
        Map<FinancialYear, YearTotal> byYear = new TreeMap<>();
        YearTotal total = new YearTotal(null, Money.ZERO, Money.ZERO, Money.ZERO);
        for (SavingsTargetView target : targets) {
            byYear.merge(target.year(),
                    new YearTotal(target.year(), Money.ZERO, Money.ZERO, Money.ZERO).plus(target),
                    (a, b) -> a.plus(target));
            total = total.plus(target);
        }
        List<Row> rows = targets.stream()
                .map(t -> new Row(t, workstreamNames.get(t.workstreamId()))).toList();
        return new SavingsTable(rows, List.copyOf(byYear.values()), total);
    }
}
