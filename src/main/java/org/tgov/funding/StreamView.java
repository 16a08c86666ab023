package org.tgov.funding;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** A funding stream as pages and other modules read it, with its amount in each financial year. */
public record StreamView(Long id, Long programmeId, String name, FundingStreamType type, String notes,
        SortedMap<FinancialYear, Money> amounts, long version) {

    public StreamView {
        amounts = new TreeMap<>(amounts);
    }

    public Money amountIn(FinancialYear year) {
        return amounts.getOrDefault(year, Money.ZERO);
    }

    public Money total() {
        return amounts.values().stream().reduce(Money.ZERO, Money::plus);
    }

    public boolean isCapitalReceipts() {
        return type == FundingStreamType.CAPITAL_RECEIPTS;
    }

    public static Map<Long, StreamView> byId(Iterable<StreamView> streams) {
        Map<Long, StreamView> byId = new java.util.LinkedHashMap<>();
        streams.forEach(stream -> byId.put(stream.id(), stream));
        return byId;
    }
}
