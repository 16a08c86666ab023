package org.tgov.boards;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * A board, committee or Cabinet that oversees the programme. Members are users of the same
 * organisation, referred to by id (users live in the identity module).
 */
@Entity
@Table(name = "governance_body")
@Audited
public class GovernanceBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_type", nullable = false, length = 40)
    private BodyType type;

    @Column(name = "chair_user_id")
    private Long chairUserId;

    /** The chair's post as the papers describe it, for example "Independent chair (DfE Improvement Adviser)". */
    @Column(name = "chair_role", length = 200)
    private String chairRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Cadence cadence;

    @Column(columnDefinition = "text")
    private String remit;

    /**
     * True for the body that decides the organisation's change requests and null for every other:
     * a unique key on the organisation and this column lets only one body decide.
     */
    @Column(name = "decides_change_requests")
    private Boolean decidesChangeRequests;

    @ElementCollection
    @CollectionTable(name = "body_member", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> memberIds = new HashSet<>();

    @Version
    private long version;

    protected GovernanceBody() {
    }

    public GovernanceBody(BodyDetails details) {
        apply(details);
    }

    void update(BodyDetails details) {
        apply(details);
    }

    private void apply(BodyDetails details) {
        this.name = details.name();
        this.type = details.type();
        this.chairUserId = details.chairUserId();
        this.chairRole = details.chairRole();
        this.cadence = details.cadence();
        this.remit = details.remit();
        this.decidesChangeRequests = details.decidesChangeRequests() ? Boolean.TRUE : null;
        if (chairUserId != null) {
            memberIds.add(chairUserId);
        }
    }

    /** The chair always sits on the body. */
    void replaceMembers(Set<Long> userIds) {
        memberIds.clear();
        memberIds.addAll(userIds);
        if (chairUserId != null) {
            memberIds.add(chairUserId);
        }
    }


    public boolean isChairedBy(Long userId) {
        return chairUserId != null && chairUserId.equals(userId);
    }


    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BodyType getType() {
        return type;
    }

    public Long getChairUserId() {
        return chairUserId;
    }

    public String getChairRole() {
        return chairRole;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public String getRemit() {
        return remit;
    }

    public boolean isDecidesChangeRequests() {
        return Boolean.TRUE.equals(decidesChangeRequests);
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }

    public long getVersion() {
        return version;
    }
}
