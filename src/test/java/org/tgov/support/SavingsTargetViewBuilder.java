package org.tgov.support;

import org.tgov.benefits.Confidence;
import org.tgov.benefits.SavingsTargetView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/** A savings target as pages read it: by default target 31 of programme 7, workstream 2, £50,000 planned in 2022/23. */
public final class SavingsTargetViewBuilder {

    private Long id = 31L;
    private Long programmeId = 7L;
    private Long workstreamId = 2L;
    private FinancialYear year = new FinancialYear(2022);
    private String description = "Fewer agency placements";
    private Money planned = Money.pounds(50_000);
    private Money delivered = Money.ZERO;
    private boolean cashable = true;
    private String evidence;
    private Confidence confidence = Confidence.MEDIUM;
    private long version;

    public static SavingsTargetViewBuilder aSavingsTarget() {
        return new SavingsTargetViewBuilder();
    }

    public SavingsTargetViewBuilder id(Long id) {
        this.id = id;
        return this;
    }

    public SavingsTargetViewBuilder workstream(Long workstreamId) {
        this.workstreamId = workstreamId;
        return this;
    }

    public SavingsTargetViewBuilder in(int startYear) {
        this.year = new FinancialYear(startYear);
        return this;
    }

    public SavingsTargetViewBuilder described(String description) {
        this.description = description;
        return this;
    }

    public SavingsTargetViewBuilder planned(long pounds) {
        this.planned = Money.pounds(pounds);
        return this;
    }

    public SavingsTargetViewBuilder delivered(long pounds) {
        this.delivered = Money.pounds(pounds);
        return this;
    }

    public SavingsTargetViewBuilder notCashable() {
        this.cashable = false;
        return this;
    }

    public SavingsTargetViewBuilder version(long version) {
        this.version = version;
        return this;
    }

    public SavingsTargetView build() {
        return new SavingsTargetView(id, programmeId, workstreamId, year, description, planned, delivered, cashable,
                evidence, confidence, version);
    }
}
