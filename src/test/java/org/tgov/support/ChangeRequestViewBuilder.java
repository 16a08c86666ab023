package org.tgov.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestStatus;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.ChangeRequestView;
import org.tgov.shared.FinancialYear;
import org.tgov.shared.Money;

/**
 * A change request as pages read it: by default request 21 of programme 7, a draft virement
 * "Move agency budget" drafted by olivia.officer, with no lines yet.
 */
public final class ChangeRequestViewBuilder {

    private Long id = 21L;
    private Long programmeId = 7L;
    private ChangeRequestType type = ChangeRequestType.VIREMENT;
    private String title = "Move agency budget";
    private String rationale = "Agency rates fell";
    private ChangeRequestStatus status = ChangeRequestStatus.DRAFT;
    private String draftedBy = "olivia.officer";
    private Instant draftedAt = Instant.parse("2022-09-01T09:00:00Z");
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private LocalDate meetingDate;
    private String minuteReference;
    private String decisionNotes;
    private final List<BudgetChange> changes = new ArrayList<>();
    private long version;

    public static ChangeRequestViewBuilder aChangeRequest() {
        return new ChangeRequestViewBuilder();
    }

    public ChangeRequestViewBuilder id(Long id) {
        this.id = id;
        return this;
    }

    public ChangeRequestViewBuilder programme(Long programmeId) {
        this.programmeId = programmeId;
        return this;
    }

    public ChangeRequestViewBuilder type(ChangeRequestType type) {
        this.type = type;
        return this;
    }

    public ChangeRequestViewBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public ChangeRequestViewBuilder draftedBy(String username) {
        this.draftedBy = username;
        return this;
    }

    /** Awaiting decision, submitted on 2 September 2022 by this person. */
    public ChangeRequestViewBuilder submittedBy(String username) {
        this.status = ChangeRequestStatus.SUBMITTED;
        this.submittedBy = username;
        this.submittedAt = Instant.parse("2022-09-02T10:00:00Z");
        return this;
    }

    /** Approved or rejected at a meeting on 12 September 2022, minute RB/22/14. */
    public ChangeRequestViewBuilder decidedBy(String username, boolean approved) {
        this.status = approved ? ChangeRequestStatus.APPROVED : ChangeRequestStatus.REJECTED;
        this.decidedBy = username;
        this.decidedAt = Instant.parse("2022-09-12T15:00:00Z");
        this.meetingDate = LocalDate.of(2022, 9, 12);
        this.minuteReference = "RB/22/14";
        return this;
    }

    public ChangeRequestViewBuilder withdrawn() {
        this.status = ChangeRequestStatus.WITHDRAWN;
        return this;
    }

    /** A change to a cost line's budget in the financial year starting in {@code startYear}. */
    public ChangeRequestViewBuilder change(Long costLineId, int startYear, long pounds) {
        changes.add(new BudgetChange(costLineId, new FinancialYear(startYear), Money.pounds(pounds)));
        return this;
    }

    public ChangeRequestViewBuilder version(long version) {
        this.version = version;
        return this;
    }

    public ChangeRequestView build() {
        return new ChangeRequestView(id, programmeId, type, title, rationale, status, draftedBy, draftedAt, submittedBy,
                submittedAt, decidedBy, decidedAt, meetingDate, minuteReference, decisionNotes, changes, version);
    }
}
