package org.tgov.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tgov.funding.DecisionView;
import org.tgov.funding.TrancheView;
import org.tgov.shared.Money;

/**
 * A funding decision as pages read it: by default decision 5 of programme 7, Cabinet's CAB-1 of
 * 31 March 2022 for £1,000 from stream 3, with no tranches.
 */
public final class DecisionViewBuilder {

    private Long id = 5L;
    private Long programmeId = 7L;
    private String decidedBy = "Cabinet";
    private LocalDate decidedOn = LocalDate.of(2022, 3, 31);
    private String reference = "CAB-1";
    private Money amount = Money.pounds(1000);
    private Map<Long, Money> sources = new LinkedHashMap<>(Map.of(3L, Money.pounds(1000)));
    private String notes;
    private final List<TrancheView> tranches = new ArrayList<>();
    private long version;

    public static DecisionViewBuilder aDecision() {
        return new DecisionViewBuilder();
    }

    public DecisionViewBuilder id(Long id) {
        this.id = id;
        return this;
    }

    public DecisionViewBuilder programme(Long programmeId) {
        this.programmeId = programmeId;
        return this;
    }

    public DecisionViewBuilder decidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
        return this;
    }

    public DecisionViewBuilder on(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
        return this;
    }

    public DecisionViewBuilder reference(String reference) {
        this.reference = reference;
        return this;
    }

    /** The decision's amount, all from one stream. */
    public DecisionViewBuilder amount(long pounds, Long fromStream) {
        this.amount = Money.pounds(pounds);
        this.sources = new LinkedHashMap<>(Map.of(fromStream, amount));
        return this;
    }

    public DecisionViewBuilder notes(String notes) {
        this.notes = notes;
        return this;
    }

    /** A tranche; {@code releasedOn} null while it has not been released. */
    public DecisionViewBuilder tranche(Long id, String name, long pounds, LocalDate availableFrom, LocalDate releasedOn) {
        tranches.add(new TrancheView(id, name, Money.pounds(pounds), availableFrom, releasedOn));
        return this;
    }

    public DecisionViewBuilder version(long version) {
        this.version = version;
        return this;
    }

    public DecisionView build() {
        return new DecisionView(id, programmeId, decidedBy, decidedOn, reference, amount, sources, notes, tranches, version);
    }
}
