package org.tgov.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/** One of a programme's projects (workforce, early help, SEND...): costs, savings and actions hang off it. */
@Entity
@Audited
public class Workstream {

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

    @Column(length = 200)
    private String lead;

    @Column(columnDefinition = "text")
    private String description;

    @Version
    private long version;

    protected Workstream() {
    }

    public Workstream(Long programmeId, String name, String lead, String description) {
        this.programmeId = programmeId;
        update(name, lead, description);
    }

    void update(String name, String lead, String description) {
        if (name == null || name.isBlank()) {
            throw new Refused(Refusal.about("name", "workstream.name.required"));
        }
        this.name = name.strip();
        this.lead = lead == null || lead.isBlank() ? null : lead.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getName() {
        return name;
    }

    public String getLead() {
        return lead;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}
