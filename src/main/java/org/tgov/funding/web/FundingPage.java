package org.tgov.funding.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tgov.funding.DecisionView;
import org.tgov.funding.StreamView;
import org.tgov.programme.Programme;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** What the funding page shows: the streams by year with totals, and each decision with its sources and tranches. */
record FundingPage(List<FinancialYear> years, List<StreamRow> streams, List<Money> yearTotals, Money total,
        List<DecisionRow> decisions) {

    record StreamRow(StreamView stream, List<Money> amounts, Money total) {
    }

    /** A stream a decision draws on, by name, with its part of the amount. */
    record Source(String streamName, Money amount) {
    }

    record DecisionRow(DecisionView decision, List<Source> sources, Money released) {
    }

    static FundingPage of(Programme programme, List<StreamView> streams, List<DecisionView> decisions, LocalDate today) {
        List<FinancialYear> years = yearsShown(programme, streams);
        List<StreamRow> rows = streams.stream().map(stream -> {
            List<Money> amounts = years.stream().map(stream::amountIn).toList();
            return new StreamRow(stream, amounts, stream.total());
        }).toList();
        List<Money> yearTotals = years.stream().map(y -> sum(streams.stream().map(s -> s.amountIn(y)).toList())).toList();
        Map<Long, StreamView> byId = StreamView.byId(streams);
        List<DecisionRow> decisionRows = decisions.stream().map(d -> new DecisionRow(d,
                d.sources().entrySet().stream()
                        .map(e -> new Source(byId.containsKey(e.getKey()) ? byId.get(e.getKey()).name() : "", e.getValue()))
                        .sorted(java.util.Comparator.comparing(Source::streamName, String.CASE_INSENSITIVE_ORDER)).toList(),
                d.releasedBy(today))).toList();
        return new FundingPage(years, rows, yearTotals, sum(yearTotals), decisionRows);
    }

    /**
     * The programme's financial years, and any other year a stream has an amount in (say after the
     * programme's dates changed), so that no amount is hidden from the table or its total.
     */
    static List<FinancialYear> yearsShown(Programme programme, List<StreamView> streams) {
        TreeSet<FinancialYear> years = new TreeSet<>(programme.financialYears());
        streams.forEach(s -> years.addAll(s.amounts().keySet()));
        return List.copyOf(years);
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
