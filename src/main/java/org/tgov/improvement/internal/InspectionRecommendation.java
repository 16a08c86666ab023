package org.tgov.improvement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.tgov.improvement.InspectionView;

/** A recommendation of an inspection, which actions of the improvement plan answer. */
@Entity
@Table(name = "inspection_recommendation")
public class InspectionRecommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "inspection_id", nullable = false, updatable = false)
    private Long inspectionId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "text")
    private String recommendation;

    @Version
    private long version;

    protected InspectionRecommendation() {
    }

    public InspectionRecommendation(Inspection inspection, int position, String recommendation) {
        this.programmeId = inspection.getProgrammeId();
        this.inspectionId = inspection.getId();
        this.position = position;
        this.recommendation = recommendation;
    }

    public InspectionView.RecommendationView view() {
        return new InspectionView.RecommendationView(id, position, recommendation, version);
    }

    public Long getId() {
        return id;
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public int getPosition() {
        return position;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public long getVersion() {
        return version;
    }

    public void reword(String recommendation) {
        this.recommendation = recommendation;
    }
}
