package org.tgov.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tgov.budget.Measures;
import org.tgov.reporting.ProgrammeFinance;
import org.tgov.shared.FinancialYear;

/**
 * The programme finance page's tables as plain rows (header, then cells that are text or pounds)
 * for CSV and Excel downloads, so that a download shows exactly what the page shows.
 */
final class FinanceTables {

    /** A named table: its header and rows; a cell is a String or a BigDecimal amount in pounds. */
    record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private FinanceTables() {
    }

    static List<Table> all(ProgrammeFinance finance) {
        return List.of(byYear(finance), reconciliation(finance),
                measures("Workstreams", "Workstream", finance, finance.byWorkstream()),
                measures("Funding streams", "Funding stream", finance, finance.byFundingStream()),
                measures("Cost lines", "Cost line", finance, finance.byCostLine()));
    }

    static Table named(ProgrammeFinance finance, String key) {
        return switch (key) {
            case "reconciliation" -> reconciliation(finance);
            case "workstreams" -> measures("Workstreams", "Workstream", finance, finance.byWorkstream());
            case "funding-streams" -> measures("Funding streams", "Funding stream", finance, finance.byFundingStream());
            case "cost-lines" -> measures("Cost lines", "Cost line", finance, finance.byCostLine());
            default -> byYear(finance);
        };
    }

    private static Table byYear(ProgrammeFinance finance) {
        List<List<Object>> rows = new ArrayList<>();
        ProgrammeFinance.Row total = finance.total();
        for (FinancialYear year : finance.years()) {
            rows.add(cells(year.label(), total.in(year)));
        }
        rows.add(cells("Total", total.total()));
        return new Table("Summary", List.of("Financial year", "Budget", "Forecast outturn", "Actual to date",
                "Committed", "Variance"), rows);
    }

    private static Table reconciliation(ProgrammeFinance finance) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeFinance.Reconciliation r : finance.reconciliation()) {
            rows.add(List.of(r.year().label(), r.funding().amount(), r.costs().amount(), r.gap().amount()));
        }
        return new Table("Funding and costs", List.of("Financial year", "Funding", "Costs (budget)", "Unfunded gap"), rows);
    }

    private static Table measures(String name, String what, ProgrammeFinance finance, List<ProgrammeFinance.Row> source) {
        List<String> header = new ArrayList<>(List.of(what, "Financial year", "Budget", "Forecast outturn",
                "Actual to date", "Committed", "Variance"));
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeFinance.Row row : source) {
            for (FinancialYear year : finance.years()) {
                List<Object> cells = new ArrayList<>();
                cells.add(row.label());
                cells.addAll(cells(year.label(), row.in(year)));
                rows.add(cells);
            }
        }
        return new Table(name, header, rows);
    }

    private static List<Object> cells(String label, Measures m) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        for (BigDecimal amount : List.of(m.budget().amount(), m.forecast().amount(), m.actual().amount(),
                m.committed().amount(), m.variance().amount())) {
            cells.add(amount);
        }
        return cells;
    }
}
