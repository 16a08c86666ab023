package org.tgov.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tgov.benefits.YearSavings;
import org.tgov.budget.ChangeRequestView;
import org.tgov.funding.DecisionView;
import org.tgov.programme.Programme;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;
import org.tgov.support.ProgrammeBuilder;
import org.tgov.workforce.YearFte;

/**
 * The finance board view put together as {@link FinanceBoardReport} does, from figures a test
 * gives: by default the Resources Board's view of programme 7 for 2022/23 as at 15 September 2022.
 */
public final class FinanceBoardViewBuilder {

    private Programme programme = ProgrammeBuilder.aProgramme().id(7L).build();
    private String body = "Resources Board";
    private FinancialYear year = new FinancialYear(2022);
    private LocalDate asAt = LocalDate.of(2022, 9, 15);
    private ProgrammeFinanceBuilder finance = ProgrammeFinanceBuilder.aProgrammeFinance();
    private final List<DecisionDrawdown> drawdown = new ArrayList<>();
    private final List<FinanceBoardView.Request> awaiting = new ArrayList<>();
    private final List<YearFte> fte = new ArrayList<>();
    private final List<YearSavings> savings = new ArrayList<>();

    public static FinanceBoardViewBuilder aFinanceBoardView() {
        return new FinanceBoardViewBuilder();
    }

    /** The name of the body that decides change requests; null when the council has chosen none. */
    public FinanceBoardViewBuilder body(String body) {
        this.body = body;
        return this;
    }

    public FinanceBoardViewBuilder year(int startYear) {
        this.year = new FinancialYear(startYear);
        return this;
    }

    public FinanceBoardViewBuilder finance(ProgrammeFinanceBuilder finance) {
        this.finance = finance;
        return this;
    }

    public FinanceBoardViewBuilder drawdown(DecisionView decision, long released, long drawn) {
        drawdown.add(new DecisionDrawdown(decision, Money.pounds(released), Money.pounds(drawn)));
        return this;
    }

    /** A request awaiting decision, drafted by this person (by name), its lines labelled with {@code costLine}. */
    public FinanceBoardViewBuilder awaiting(ChangeRequestView request, String draftedBy, String costLine) {
        awaiting.add(new FinanceBoardView.Request(request, draftedBy,
                request.changes().stream().map(change -> new FinanceBoardView.Line(costLine, change)).toList()));
        return this;
    }

    public FinanceBoardViewBuilder fte(YearFte year) {
        fte.add(year);
        return this;
    }

    public FinanceBoardViewBuilder savings(YearSavings year) {
        savings.add(year);
        return this;
    }

    public FinanceBoardView build() {
        ProgrammeFinance money = finance.build();
        return new FinanceBoardView(programme, body, year, money.years(), asAt, money, drawdown,
                money.largestVariances(year, FinanceBoardReport.LARGEST_VARIANCES),
                money.largestVariances(null, FinanceBoardReport.LARGEST_VARIANCES), money.overspent(year), awaiting, fte,
                savings, false, Charts.spend(money), Charts.fte(fte), Charts.savings(savings));
    }
}
