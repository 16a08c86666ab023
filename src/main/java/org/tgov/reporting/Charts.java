package org.tgov.reporting;

import java.util.List;
import org.tgov.benefits.YearSavings;
import org.tgov.budget.Measures;
import org.tgov.workforce.YearFte;

/** The board views' charts, each drawn from the same figures as the table beside it. */
final class Charts {

    private Charts() {
    }

    static BarChart spend(ProgrammeFinance money) {
        List<BarChart.Group> groups = money.years().stream().map(year -> {
            Measures m = money.total().in(year);
            return new BarChart.Group(year.label(), List.of(m.budget().amount(), m.forecast().amount(), m.actual().amount()));
        }).toList();
        return new BarChart("Budget, forecast outturn and actual spend by financial year (£000)",
                List.of(new BarChart.Series("Budget", "budget"), new BarChart.Series("Forecast outturn", "forecast"),
                        new BarChart.Series("Actual", "actual")), groups, "£000");
    }

    static BarChart fte(List<YearFte> years) {
        return new BarChart("Planned FTE against average FTE filled by permanent and agency staff",
                List.of(new BarChart.Series("Planned", "planned"), new BarChart.Series("Permanent", "permanent"),
                        new BarChart.Series("Agency", "agency")),
                years.stream().map(y -> new BarChart.Group(y.year().label(),
                        List.of(y.planned(), y.permanent(), y.agency()))).toList(), "FTE");
    }

    static BarChart savings(List<YearSavings> years) {
        return new BarChart("Savings planned against delivered (£000)",
                List.of(new BarChart.Series("Planned", "planned"), new BarChart.Series("Delivered", "delivered")),
                years.stream().map(y -> new BarChart.Group(y.year().label(),
                        List.of(y.planned().amount(), y.delivered().amount()))).toList(), "£000");
    }
}
