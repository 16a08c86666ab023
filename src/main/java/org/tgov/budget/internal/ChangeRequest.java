package org.tgov.budget.internal;

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
import java.util.Optional;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.budget.BudgetChange;
import org.tgov.budget.ChangeRequestStatus;
import org.tgov.budget.ChangeRequestType;
import org.tgov.budget.ChangeRequestView;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/**
 * A change beyond the programme's approved scope or value: drafted and submitted by an officer,
 * decided at a meeting of the body the council designates. Its life: draft, submitted (awaiting
 * decision), then approved, rejected or withdrawn. Approval applies its budget changes.
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

    public ChangeRequest(Long programmeId, ChangeRequestType type, String title, String rationale,
            List<BudgetChange> changes, String draftedBy, Instant draftedAt) {
        this.programmeId = programmeId;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
        write(type, title, rationale, changes);
    }

    public void revise(ChangeRequestType type, String title, String rationale, List<BudgetChange> changes) {
        require(ChangeRequestStatus.DRAFT, "changed");
        write(type, title, rationale, changes);
    }

    /** Queues the request for the deciding body; the façade has checked its amounts add up. */
    public void submit(Instant at, String by) {
        require(ChangeRequestStatus.DRAFT, "submitted");
        status = ChangeRequestStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
    }

    public void withdraw() {
        if (status != ChangeRequestStatus.DRAFT && status != ChangeRequestStatus.SUBMITTED) {
            throw new Refused(Refusal.of("changeRequest.withdraw.notPending"));
        }
        status = ChangeRequestStatus.WITHDRAWN;
    }

    /** Records the decision; the façade has checked who decides and the meeting's date. */
    public void decide(boolean approve, String by, Instant at, LocalDate meeting, String minute, String notes) {
        require(ChangeRequestStatus.SUBMITTED, "decided");
        status = approve ? ChangeRequestStatus.APPROVED : ChangeRequestStatus.REJECTED;
        decidedBy = by;
        decidedAt = at;
        meetingDate = meeting;
        minuteReference = minute.strip();
        decisionNotes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    /** Whether the request is in this state; else the refusal to do {@code action} to it. */
    public Optional<Refusal> inState(ChangeRequestStatus required, String action) {
        return status == required ? Optional.empty()
                : Refusal.of("changeRequest.status." + action, status.label().toLowerCase(java.util.Locale.UK)).asOptional();
    }

    private void require(ChangeRequestStatus required, String action) {
        inState(required, action).ifPresent(refusal -> {
            throw new Refused(refusal);
        });
    }

    private void write(ChangeRequestType type, String title, String rationale, List<BudgetChange> changes) {
        this.type = type;
        this.title = title.strip();
        this.rationale = rationale.strip();
        lines.clear();
        changes.forEach(change -> lines.add(new ChangeRequestLine(this, change)));
    }

    public List<BudgetChange> changes() {
        return lines.stream().map(ChangeRequestLine::toChange).toList();
    }

    public ChangeRequestView view() {
        return new ChangeRequestView(id, programmeId, type, title, rationale, status, draftedBy, draftedAt, submittedBy,
                submittedAt, decidedBy, decidedAt, meetingDate, minuteReference, decisionNotes, changes(), version);
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

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
