package org.tgov.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.ChangeRequestManagement;
import org.tgov.reporting.FinanceReports;
import org.tgov.reporting.Measures;
import org.tgov.reporting.ProgrammeFinance;
import org.tgov.reporting.ProgrammeResources;
import org.tgov.programme.Programme;
import org.tgov.programme.ProgrammeManagement;
import org.tgov.shared.FinancialYear;

/** Builds the Resources Board view in a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class ResourcesBoardReport {

    static final int LARGEST_VARIANCES = 5;

    private final ProgrammeManagement programmes;
    private final FinanceReports finance;
    private final ChangeRequestManagement changeRequests;
    private final Clock clock;

    ResourcesBoardReport(ProgrammeManagement programmes, FinanceReports finance, ChangeRequestManagement changeRequests,
            Clock clock) {
        this.programmes = programmes;
        this.finance = finance;
        this.changeRequests = changeRequests;
        this.clock = clock;
    }

    public ResourcesBoardView view(Long programmeId) {
        Programme programme = programmes.get(programmeId);
        LocalDate today = LocalDate.now(clock);
        ProgrammeFinance money = finance.programmeFinance(programmeId);
        FinancialYear current = currentYear(money.years(), FinancialYear.containing(today));
        ProgrammeResources resources = finance.resources(programmeId);
        return new ResourcesBoardView(programme, current, money, finance.drawdown(programmeId, today),
                money.largestVariances(current, LARGEST_VARIANCES), money.largestVariances(null, LARGEST_VARIANCES),
                changeRequests.awaitingDecision(programmeId),
                resources, finance.hasIllustrativeFigures(programmeId),
                spendChart(money), fteChart(resources), savingsChart(resources));
    }

    /** This financial year, or the programme's nearest year when today is outside it. */
    static FinancialYear currentYear(List<FinancialYear> years, FinancialYear today) {
        if (years.isEmpty() || years.contains(today)) {
            return today;
        }
        return today.compareTo(years.get(0)) < 0 ? years.get(0) : years.get(years.size() - 1);
    }

    private static BarChart spendChart(ProgrammeFinance money) {
        List<BarChart.Group> groups = money.years().stream().map(year -> {
            Measures m = money.total().in(year);
            return new BarChart.Group(year.label(), List.of(m.budget().amount(), m.forecast().amount(), m.actual().amount()));
        }).toList();
        return new BarChart("Budget, forecast outturn and actual spend by financial year",
                List.of(new BarChart.Series("Budget", "budget"), new BarChart.Series("Forecast outturn", "forecast"),
                        new BarChart.Series("Actual", "actual")), groups);
    }

    private static BarChart fteChart(ProgrammeResources resources) {
        return new BarChart("Planned FTE against average FTE filled by permanent and agency staff",
                List.of(new BarChart.Series("Planned", "planned"), new BarChart.Series("Permanent", "permanent"),
                        new BarChart.Series("Agency", "agency")),
                resources.fte().stream().map(y -> new BarChart.Group(y.year().label(),
                        List.of(y.planned(), y.permanent(), y.agency()))).toList());
    }

    private static BarChart savingsChart(ProgrammeResources resources) {
        return new BarChart("Savings planned against delivered",
                List.of(new BarChart.Series("Planned", "planned"), new BarChart.Series("Delivered", "delivered")),
                resources.savings().stream().map(y -> new BarChart.Group(y.year().label(),
                        List.of(y.planned().amount(), y.delivered().amount()))).toList());
    }
}
