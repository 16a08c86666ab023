package org.tgov.funding.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tgov.funding.FundingDecision;
import org.tgov.funding.FundingStream;
import org.tgov.programme.Programme;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** What the funding page shows: the streams by year with totals, and each decision with its tranches. */
record FundingPage(List<FinancialYear> years, List<StreamRow> streams, List<Money> yearTotals, Money total,
        List<DecisionRow> decisions) {

    record StreamRow(FundingStream stream, List<Money> amounts, Money total) {
    }

    /** @param streamName null when the decision is not linked to a stream */
    record DecisionRow(FundingDecision decision, String streamName, Money allocated, Money unallocated, Money released) {
    }

    static FundingPage of(Programme programme, List<FundingStream> streams, List<FundingDecision> decisions, LocalDate today) {
        List<FinancialYear> years = yearsShown(programme, streams);
        List<StreamRow> rows = streams.stream().map(stream -> {
            Map<FinancialYear, Money> byYear = stream.amountsByYear();
            List<Money> amounts = years.stream().map(y -> byYear.getOrDefault(y, Money.ZERO)).toList();
            return new StreamRow(stream, amounts, sum(amounts));
        }).toList();
        List<Money> yearTotals = years.stream()
                .map(y -> sum(streams.stream().map(s -> s.amountsByYear().getOrDefault(y, Money.ZERO)).toList()))
                .toList();
        Map<Long, String> streamNames = streams.stream()
                .collect(Collectors.toMap(FundingStream::getId, FundingStream::getName));
        List<DecisionRow> decisionRows = decisions.stream().map(d -> new DecisionRow(d,
                d.getFundingStreamId() == null ? null : streamNames.get(d.getFundingStreamId()),
                d.tranchesTotal(), d.amount().minus(d.tranchesTotal()), d.releasedBy(today))).toList();
        return new FundingPage(years, rows, yearTotals, sum(yearTotals), decisionRows);
    }

    /**
     * The programme's financial years, and any other year a stream has an amount in (say after the
     * programme's dates changed), so that no amount is hidden from the table or its total.
     */
    static List<FinancialYear> yearsShown(Programme programme, List<FundingStream> streams) {
        TreeSet<FinancialYear> years = new TreeSet<>(programme.financialYears());
        streams.forEach(s -> years.addAll(s.amountsByYear().keySet()));
        return List.copyOf(years);
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
