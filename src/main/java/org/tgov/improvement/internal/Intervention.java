package org.tgov.improvement.internal;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.improvement.InterventionDetails;
import org.tgov.improvement.InterventionKind;
import org.tgov.improvement.InterventionView;

/** A notice or direction the council is under, and what it requires. */
@Entity
@Table(name = "intervention")
@Audited
public class Intervention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InterventionKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "issued_by", nullable = false, length = 200)
    private String issuedBy;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(columnDefinition = "text")
    private String summary;

    @OneToMany(mappedBy = "intervention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("label")
    private List<Requirement> requirements = new ArrayList<>();

    @Version
    private long version;

    protected Intervention() {
    }

    public Intervention(Long programmeId, InterventionDetails details) {
        this.programmeId = programmeId;
        this.kind = details.kind();
        this.title = details.title();
        this.issuedBy = details.issuedBy();
        this.issuedOn = details.issuedOn();
        this.summary = details.summary();
    }

    public Requirement require(String label, String requirement) {
        Requirement added = new Requirement(this, label, requirement);
        requirements.add(added);
        return added;
    }

    public InterventionView view() {
        return new InterventionView(id, programmeId, kind, title, issuedBy, issuedOn, summary,
                requirements.stream().map(Requirement::view).toList(), version);
    }

    public void change(InterventionDetails details) {
        this.kind = details.kind();
        this.title = details.title();
        this.issuedBy = details.issuedBy();
        this.issuedOn = details.issuedOn();
        this.summary = details.summary();
    }

    /** Whether one of its requirements is already lettered so, whatever the case: (a) and (A) cite the same. */
    public boolean hasRequirementLettered(String label) {
        return requirements.stream().anyMatch(r -> r.getLabel().equalsIgnoreCase(label));
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
