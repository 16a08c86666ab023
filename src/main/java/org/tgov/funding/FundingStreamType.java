package org.tgov.funding;

public enum FundingStreamType {
    GRANT("Grant"),
    RESERVE("Reserve"),
    EARMARKED_RESERVE("Earmarked reserve"),
    BASE_BUDGET("Base budget"),
    CAPITAL_RECEIPTS("Flexible use of capital receipts"),
    OTHER("Other");

    private final String label;

    FundingStreamType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
