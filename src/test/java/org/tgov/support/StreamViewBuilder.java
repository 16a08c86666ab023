package org.tgov.support;

import java.util.TreeMap;
import org.tgov.funding.FundingStreamType;
import org.tgov.funding.StreamView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** A funding stream as pages read it: by default stream 3 of programme 7, a reserve with no amounts. */
public final class StreamViewBuilder {

    private Long id = 3L;
    private Long programmeId = 7L;
    private String name = "Reserve";
    private FundingStreamType type = FundingStreamType.RESERVE;
    private String notes;
    private final TreeMap<FinancialYear, Money> amounts = new TreeMap<>();
    private long version;

    public static StreamViewBuilder aStream() {
        return new StreamViewBuilder();
    }

    public StreamViewBuilder id(Long id) {
        this.id = id;
        return this;
    }

    public StreamViewBuilder programme(Long programmeId) {
        this.programmeId = programmeId;
        return this;
    }

    public StreamViewBuilder named(String name) {
        this.name = name;
        return this;
    }

    public StreamViewBuilder type(FundingStreamType type) {
        this.type = type;
        return this;
    }

    public StreamViewBuilder notes(String notes) {
        this.notes = notes;
        return this;
    }

    /** The stream's amount in the financial year starting in {@code startYear}. */
    public StreamViewBuilder amount(int startYear, long pounds) {
        amounts.put(new FinancialYear(startYear), Money.pounds(pounds));
        return this;
    }

    public StreamViewBuilder version(long version) {
        this.version = version;
        return this;
    }

    public StreamView build() {
        return new StreamView(id, programmeId, name, type, notes, amounts, version);
    }
}
