package org.tgov.workforce.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.tgov.shared.FinancialYear;
import org.tgov.workforce.FteInPost;
import org.tgov.workforce.PlannedFte;

/** The establishment page: planned FTE against the average in post each year, and every month's FTE. */
record EstablishmentView(List<YearRow> years, List<MonthRow> months) {

    /** @param planned null when no plan was set for the year */
    record YearRow(FinancialYear year, BigDecimal planned, List<MonthRow> months) {

        /** The planned FTE as the page shows it, or null when none was set (the page says so, fte.notSet). */
        public String plannedFte() {
            return planned == null ? null : fte(planned);
        }

        /** The average FTE in post over the months reported, or a dash when none were. */
        public String averageActualFte() {
            return months.isEmpty() ? "–" : fte(total(MonthRow::total)
                    .divide(BigDecimal.valueOf(months.size()), 2, RoundingMode.HALF_UP));
        }

        public String agencyShare() {
            return share(total(MonthRow::agency), total(MonthRow::total));
        }

        private BigDecimal total(Function<MonthRow, BigDecimal> measure) {
            return months.stream().map(measure).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record MonthRow(LocalDate month, BigDecimal permanent, BigDecimal agency) {

        public BigDecimal total() {
            return permanent.add(agency);
        }

        public String permanentFte() {
            return fte(permanent);
        }

        public String agencyFte() {
            return fte(agency);
        }

        public String totalFte() {
            return fte(total());
        }

        public String agencyShare() {
            return share(agency, total());
        }
    }

    static EstablishmentView of(List<PlannedFte> plans, List<FteInPost> actuals) {
        Map<FinancialYear, BigDecimal> planned = new TreeMap<>();
        plans.forEach(p -> planned.put(p.year(), p.fte()));
        Map<FinancialYear, List<MonthRow>> byYear = new TreeMap<>();
        planned.keySet().forEach(year -> byYear.put(year, new ArrayList<>()));
        List<MonthRow> months = actuals.stream()
                .map(a -> new MonthRow(a.month(), a.permanent(), a.agency())).toList();
        months.forEach(m -> byYear.computeIfAbsent(FinancialYear.containing(m.month()), y -> new ArrayList<>()).add(m));
        List<YearRow> years = byYear.entrySet().stream()
                .map(e -> new YearRow(e.getKey(), planned.get(e.getKey()), e.getValue())).toList();
        return new EstablishmentView(years, months);
    }

    /** Always two decimal places, so that a column of FTE lines up: 122.75, 82.00, 12.50. */
    static String fte(BigDecimal fte) {
        return fte.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The agency share as a percentage to one decimal place, like 23.4%. */
    static String share(BigDecimal agency, BigDecimal total) {
        if (total.signum() == 0) {
            return "–";
        }
        return agency.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
