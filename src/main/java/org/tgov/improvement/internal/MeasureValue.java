package org.tgov.improvement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** A measure's value for one period (the period's first day), with commentary. */
@Entity
@Table(name = "measure_value")
public class MeasureValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private Long measureId;

    @Column(name = "period_on", nullable = false, updatable = false)
    private LocalDate periodOn;

    @Column(name = "measured", nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(columnDefinition = "text")
    private String commentary;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeasureValue() {
    }

    public MeasureValue(Measure measure, LocalDate periodOn, BigDecimal value, String commentary, String recordedBy, Instant recordedAt) {
        this.programmeId = measure.getProgrammeId();
        this.measureId = measure.getId();
        this.periodOn = periodOn;
        record(value, commentary, recordedBy, recordedAt);
    }

    /** The period reported again: its value replaced. */
    public void record(BigDecimal value, String commentary, String recordedBy, Instant recordedAt) {
        this.value = value;
        this.commentary = commentary == null || commentary.isBlank() ? null : commentary;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public LocalDate getPeriodOn() {
        return periodOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getCommentary() {
        return commentary;
    }
}
