package org.tgov.budget;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.Money;
import org.tgov.shared.RuleViolation;

/**
 * A change beyond the programme's approved scope or value. Drafted and submitted by an officer,
 * decided by the Resources Board at a meeting; approval applies its budget changes.
 */
@Entity
@Table(name = "change_request")
@Audited
public class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false, length = 20)
    private ChangeRequestType type;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String rationale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChangeRequestStatus status = ChangeRequestStatus.DRAFT;

    @Column(name = "drafted_by", nullable = false, length = 100)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(name = "minute_reference", length = 100)
    private String minuteReference;

    @Column(name = "decision_notes", columnDefinition = "text")
    private String decisionNotes;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ChangeRequestLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected ChangeRequest() {
    }

    ChangeRequest(Long programmeId, ChangeRequestType type, String title, String rationale, List<BudgetChange> changes,
            String draftedBy, Instant draftedAt) {
        this.programmeId = programmeId;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
        revise(type, title, rationale, changes);
    }

    void revise(ChangeRequestType type, String title, String rationale, List<BudgetChange> changes) {
        requireStatus(ChangeRequestStatus.DRAFT, "changed");
        if (type == null) {
            throw new RuleViolation("type", "Select the type of change");
        }
        if (title == null || title.isBlank()) {
            throw new RuleViolation("title", "Enter a short title for the change");
        }
        if (rationale == null || rationale.isBlank()) {
            throw new RuleViolation("rationale", "Explain why the change is needed");
        }
        this.type = type;
        this.title = title.strip();
        this.rationale = rationale.strip();
        lines.clear();
        changes.forEach(change -> lines.add(new ChangeRequestLine(this, change)));
    }

    /** Queues the request for the Resources Board once its amounts add up for its type. */
    void submit(Instant at, String by) {
        requireStatus(ChangeRequestStatus.DRAFT, "submitted");
        ChangeRequestPolicy.check(type, changes());
        status = ChangeRequestStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
    }

    void withdraw() {
        if (status != ChangeRequestStatus.DRAFT && status != ChangeRequestStatus.SUBMITTED) {
            throw RuleViolation.general("Only a draft or a request awaiting decision can be withdrawn");
        }
        status = ChangeRequestStatus.WITHDRAWN;
    }

    void decide(boolean approve, String by, Instant at, LocalDate meeting, String minute, String notes) {
        requireStatus(ChangeRequestStatus.SUBMITTED, "decided");
        String conflict = conflictOfInterest(by);
        if (conflict != null) {
            throw RuleViolation.general(conflict);
        }
        if (meeting == null) {
            throw new RuleViolation("meetingDate", "Enter the date of the meeting that decided");
        }
        if (minute == null || minute.isBlank()) {
            throw new RuleViolation("minuteReference", "Enter the minute reference");
        }
        status = approve ? ChangeRequestStatus.APPROVED : ChangeRequestStatus.REJECTED;
        decidedBy = by;
        decidedAt = at;
        meetingDate = meeting;
        minuteReference = minute.strip();
        decisionNotes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /**
     * Segregation of duties: whoever drafted or submitted a request cannot decide it, even when
     * they sit on the deciding body. Null when {@code username} may decide.
     */
    public String conflictOfInterest(String username) {
        if (username == null) {
            return null;
        }
        if (username.equals(draftedBy)) {
            return "You drafted this change request, so you cannot decide it. Another member of the board must record the decision.";
        }
        if (username.equals(submittedBy)) {
            return "You submitted this change request, so you cannot decide it. Another member of the board must record the decision.";
        }
        return null;
    }

    private void requireStatus(ChangeRequestStatus required, String action) {
        if (status != required) {
            throw RuleViolation.general("This change request is " + status.label().toLowerCase()
                    + " and can no longer be " + action);
        }
    }

    public List<BudgetChange> changes() {
        return lines.stream().map(ChangeRequestLine::toChange).toList();
    }

    public Money net() {
        return changes().stream().map(BudgetChange::amount).reduce(Money.ZERO, Money::plus);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public ChangeRequestType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getRationale() {
        return rationale;
    }

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getMinuteReference() {
        return minuteReference;
    }

    public String getDecisionNotes() {
        return decisionNotes;
    }

    public List<ChangeRequestLine> getLines() {
        return List.copyOf(lines);
    }

    public long getVersion() {
        return version;
    }
}
