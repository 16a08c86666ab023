package org.tgov.improvement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.tgov.improvement.ActionStatus;
import org.tgov.improvement.ProgressDetails;
import org.tgov.improvement.ProgressUpdateView;
import org.tgov.improvement.Rating;

/** One dated progress update on an action; never changed once recorded, so the action keeps its history. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "action_id", nullable = false, updatable = false)
    private Long actionId;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ActionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_rating", nullable = false, length = 10, updatable = false)
    private Rating progressRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "impact_rating", nullable = false, length = 10, updatable = false)
    private Rating impactRating;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String commentary;

    @Column(name = "evidence_link", length = 500, updatable = false)
    private String evidenceLink;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ProgressUpdate() {
    }

    public ProgressUpdate(ImprovementAction action, ProgressDetails details, String recordedBy, Instant recordedAt) {
        this.programmeId = action.getProgrammeId();
        this.actionId = action.getId();
        this.recordedOn = details.recordedOn();
        this.status = details.status();
        this.progressRating = details.progress();
        this.impactRating = details.impact();
        this.commentary = details.commentary();
        this.evidenceLink = details.evidenceLink() == null || details.evidenceLink().isBlank() ? null : details.evidenceLink();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public ProgressUpdateView view() {
        return new ProgressUpdateView(id, actionId, recordedOn, status, progressRating, impactRating, commentary, evidenceLink,
                recordedBy, recordedAt);
    }

    public Long getId() {
        return id;
    }
}
