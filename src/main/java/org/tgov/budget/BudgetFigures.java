package org.tgov.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.budget.internal.CostLineFigures;
import org.tgov.budget.internal.CostLineFiguresRepository;
import org.tgov.budget.internal.ForecastOutturn;
import org.tgov.budget.internal.ForecastOutturnRepository;
import org.tgov.budget.internal.ProgrammeTotals;
import org.tgov.budget.internal.LineYearFigures;
import org.tgov.identity.Tenancy;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * Every cost line's figures by financial year (budget, actual, committed and forecast) for pages
 * and reports: two queries for a whole programme, whatever the number of entries behind them.
 */
@Service
@Transactional(readOnly = true)
public class BudgetFigures {

    private final CostLineFiguresRepository figures;
    private final ForecastOutturnRepository forecasts;

    BudgetFigures(CostLineFiguresRepository figures, ForecastOutturnRepository forecasts) {
        this.figures = figures;
        this.forecasts = forecasts;
    }

    public List<LineFigures> of(Long programmeId) {
        return figures.withForecasts(Tenancy.currentOrganisationId(), programmeId).stream().map(row -> new LineFigures(
                ((Number) row[0]).longValue(), new FinancialYear(((Number) row[1]).intValue()), money(row[2]), money(row[3]),
                money(row[4]), row[5] == null ? null : money(row[5]))).toList();
    }

    /**
     * The programme's figures over all its cost lines and years, summed by the database in one query
     * (the forecast is the budget where none is set); empty while the programme has no cost lines.
     */
    public Optional<Measures> totalOf(Long programmeId) {
        ProgrammeTotals totals = figures.totals(Tenancy.currentOrganisationId(), programmeId);
        if (totals.getLines() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Measures(Money.of(totals.getBudget()), Money.of(totals.getForecast()), Money.of(totals.getActual()),
                Money.of(totals.getCommitted())));
    }

    public List<LineFigures> ofLine(Long costLineId) {
        return ofLineWithForecasts(costLineId).figures();
    }

    /** A line's figures by year and its forecasts with who set them and why, in one query. */
    public LineYears ofLineWithForecasts(Long costLineId) {
        List<LineYearFigures> rows = figures.withForecastsOfLine(Tenancy.currentOrganisationId(), costLineId);
        return new LineYears(rows.stream().map(BudgetFigures::lineFigures).toList(), rows.stream()
                .filter(row -> row.getForecast() != null)
                .map(row -> new ForecastView(new FinancialYear(row.getFinancialYear()), Money.of(row.getForecast()),
                        row.getForecastVersion(), row.getForecastUpdatedAt(), row.getForecastUpdatedBy(), row.getForecastReason()))
                .toList());
    }

    private static Money money(Object amount) {
        return Money.of(amount instanceof BigDecimal decimal ? decimal : new BigDecimal(amount.toString()));
    }

    private static LineFigures lineFigures(LineYearFigures row) {
        return new LineFigures(row.getCostLineId(), new FinancialYear(row.getFinancialYear()), Money.of(row.getBudget()),
                Money.of(row.getActual()), Money.of(row.getCommitted()), row.getForecast() == null ? null : Money.of(row.getForecast()));
    }

    public List<LineFigures> ofLines(Collection<Long> costLineIds) {
        if (costLineIds.isEmpty()) {
            return List.of();
        }
        return combine(figures.findByCostLineIdIn(costLineIds), forecasts.findByCostLineIdIn(costLineIds));
    }

    /**
     * Actual spend plus open commitments charged to each funding decision (through the cost lines
     * charged to it): what its released tranches must cover.
     */
    public Map<Long, Money> chargedToDecisions(Collection<Long> decisionIds) {
        Map<Long, Money> charged = new HashMap<>();
        if (!decisionIds.isEmpty()) {
            figures.chargedTo(decisionIds).forEach(c -> charged.put(c.decisionId(), Money.of(c.charged())));
        }
        return charged;
    }

    /** A forecast may exist for a year without any other figure; it still makes a row. */
    private static List<LineFigures> combine(List<CostLineFigures> rows, List<ForecastOutturn> forecasts) {
        Map<String, Money> forecastByKey = new HashMap<>();
        forecasts.forEach(f -> forecastByKey.put(key(f.getCostLineId(), f.getFinancialYear()), f.getAmount()));
        List<LineFigures> result = new ArrayList<>();
        for (CostLineFigures row : rows) {
            Money forecast = forecastByKey.remove(key(row.getCostLineId(), row.getFinancialYear()));
            result.add(new LineFigures(row.getCostLineId(), row.getFinancialYear(), row.getBudget(), row.getActual(),
                    row.getCommitted(), forecast));
        }
        forecasts.stream().filter(f -> forecastByKey.containsKey(key(f.getCostLineId(), f.getFinancialYear())))
                .forEach(f -> result.add(new LineFigures(f.getCostLineId(), f.getFinancialYear(), Money.ZERO, Money.ZERO,
                        Money.ZERO, f.getAmount())));
        result.sort(Comparator.comparing(LineFigures::costLineId).thenComparing(LineFigures::year));
        return result;
    }

    private static String key(Long costLineId, FinancialYear year) {
        return costLineId + "/" + year.startYear();
    }
}
