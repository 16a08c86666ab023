package org.tgov.improvement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import org.tgov.improvement.Frequency;
import org.tgov.improvement.MeasureDetails;
import org.tgov.improvement.Polarity;

/** A measure that matters, such as the average caseload of a social worker. */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, columnDefinition = "text")
    private String objective;

    @Column(nullable = false, length = 30)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Polarity polarity;

    @Column(name = "baseline_value", precision = 14, scale = 2)
    private BigDecimal baselineValue;

    @Column(name = "baseline_on")
    private LocalDate baselineOn;

    @Column(name = "target_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal target;

    @Column(name = "target_by")
    private LocalDate targetBy;

    @Column(length = 500)
    private String benchmark;

    @Column(name = "benchmark_assessment", columnDefinition = "text")
    private String benchmarkAssessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Frequency frequency;

    @Column(nullable = false)
    private boolean illustrative;

    @Version
    private long version;

    protected Measure() {
    }

    public Measure(Long programmeId, MeasureDetails details) {
        this.programmeId = programmeId;
        this.illustrative = details.illustrative();
        change(details);
    }

    /** Its details changed; whether its figures are illustrative stays as it was (the forms do not say). */
    public void change(MeasureDetails details) {
        this.name = details.name();
        this.objective = details.objective();
        this.unit = details.unit();
        this.polarity = details.polarity();
        this.baselineValue = details.baselineValue();
        this.baselineOn = details.baselineOn();
        this.target = details.target();
        this.targetBy = details.targetBy();
        this.benchmark = details.benchmark();
        this.benchmarkAssessment = details.benchmarkAssessment();
        this.frequency = details.frequency();
    }

    public MeasureDetails details() {
        return new MeasureDetails(name, objective, unit, polarity, baselineValue, baselineOn, target, targetBy, benchmark,
                benchmarkAssessment, frequency, illustrative);
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public long getVersion() {
        return version;
    }
}
