package org.tgov.improvement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.tgov.improvement.PriorityAreaView;

/** One of the plan's priority areas for improvement, such as those the inspection identified. */
@Entity
@Table(name = "priority_area")
public class PriorityArea {

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

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected PriorityArea() {
    }

    public PriorityArea(Long programmeId, String name, int position) {
        this.programmeId = programmeId;
        this.name = name;
        this.position = position;
    }

    public void rename(String name) {
        this.name = name;
    }

    public PriorityAreaView view() {
        return new PriorityAreaView(id, name, position);
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

    public long getVersion() {
        return version;
    }
}
