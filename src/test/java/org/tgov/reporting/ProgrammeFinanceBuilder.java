package org.tgov.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tgov.budget.CostLineView;
import org.tgov.budget.LineFigures;
import org.tgov.funding.StreamView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * A programme's money as the reports read it, for pages tested without a database: by default the
 * years 2021/22 to 2023/24 and nothing in them. Tests add the cost lines, figures and streams they are about.
 */
public final class ProgrammeFinanceBuilder {

    private List<FinancialYear> years = FinancialYear.spanning(java.time.LocalDate.of(2021, 4, 1), java.time.LocalDate.of(2024, 3, 31));
    private final List<CostLineView> costLines = new ArrayList<>();
    private final List<LineFigures> figures = new ArrayList<>();
    private final Map<Long, String> workstreams = new LinkedHashMap<>();
    private final List<StreamView> streams = new ArrayList<>();

    public static ProgrammeFinanceBuilder aProgrammeFinance() {
        return new ProgrammeFinanceBuilder();
    }

    public ProgrammeFinanceBuilder years(int first, int last) {
        this.years = FinancialYear.spanning(java.time.LocalDate.of(first, 4, 1), java.time.LocalDate.of(last + 1, 3, 31));
        return this;
    }

    public ProgrammeFinanceBuilder costLine(CostLineView line) {
        costLines.add(line);
        return this;
    }

    /** A line's figures in the year starting in {@code year}; {@code forecast} null when finance has set none. */
    public ProgrammeFinanceBuilder figures(Long line, int year, long budget, long actual, long committed, Long forecast) {
        figures.add(new LineFigures(line, new FinancialYear(year), Money.pounds(budget), Money.pounds(actual),
                Money.pounds(committed), forecast == null ? null : Money.pounds(forecast)));
        return this;
    }

    public ProgrammeFinanceBuilder workstream(Long id, String name) {
        workstreams.put(id, name);
        return this;
    }

    public ProgrammeFinanceBuilder stream(StreamView stream) {
        streams.add(stream);
        return this;
    }

    public ProgrammeFinance build() {
        return new ProgrammeFinance(years, costLines, figures, workstreams, streams);
    }
}
