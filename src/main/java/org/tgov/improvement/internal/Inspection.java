package org.tgov.improvement.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.tgov.improvement.InspectionDetails;
import org.tgov.improvement.InspectionType;
import org.tgov.improvement.InspectionView;
import org.tgov.improvement.OfstedJudgement;

/** An inspection or review of the council's children's services, with a judgement per area. */
@Entity
@Table(name = "inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "inspection_type", nullable = false, length = 20)
    private InspectionType type;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_judgement", length = 30)
    private OfstedJudgement overall;

    @Column(nullable = false)
    private boolean illustrative;

    @ElementCollection
    @CollectionTable(name = "inspection_judgement", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<AreaJudgement> judgements = new ArrayList<>();

    @Version
    private long version;

    /** The judgement of one area. */
    @Embeddable
    public static class AreaJudgement {

        @Column(nullable = false, length = 300)
        private String area;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 30)
        private OfstedJudgement judgement;

        protected AreaJudgement() {
        }

        AreaJudgement(String area, OfstedJudgement judgement) {
            this.area = area;
            this.judgement = judgement;
        }
    }

    protected Inspection() {
    }

    public Inspection(Long programmeId, InspectionDetails details) {
        this.programmeId = programmeId;
        this.type = details.type();
        this.title = details.title();
        this.inspectedOn = details.inspectedOn();
        this.publishedOn = details.publishedOn();
        this.overall = details.overall();
        this.illustrative = details.illustrative();
        details.judgements().forEach(j -> judgements.add(new AreaJudgement(j.area(), j.judgement())));
    }

    public InspectionView view(List<InspectionView.RecommendationView> recommendations) {
        return new InspectionView(id, type, title, inspectedOn, publishedOn,
                judgements.stream().map(j -> new InspectionDetails.Judgement(j.area, j.judgement)).toList(), overall,
                recommendations, illustrative, version);
    }

    /** What the pages change: everything but the recommendations, which are changed one by one, and whether they are illustrative. */
    public void change(InspectionDetails details) {
        this.type = details.type();
        this.title = details.title();
        this.inspectedOn = details.inspectedOn();
        this.publishedOn = details.publishedOn();
        this.overall = details.overall();
        judgements.clear();
        details.judgements().forEach(j -> judgements.add(new AreaJudgement(j.area(), j.judgement())));
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }
}
