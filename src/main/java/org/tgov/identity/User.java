package org.tgov.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.tgov.shared.Refusal;
import org.tgov.shared.Refused;

/**
 * Someone who signs in. Belongs to one organisation, except a platform administrator, who belongs
 * to none. Users are the source of tenancy rather than tenant data, so they are scoped by
 * organisation explicitly in {@link UserManagement} and {@link UserDirectory}.
 */
@Entity
@Table(name = "app_user")
@Audited
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @NotAudited
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected User() {
    }

    User(Long organisationId, String username, String displayName, String email, String passwordHash,
            Set<Role> roles, Instant createdAt) {
        this.organisationId = organisationId;
        this.username = username;
        this.displayName = UserDetailsPolicy.displayName(displayName);
        this.email = UserDetailsPolicy.email(email);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        assignRoles(roles);
    }

    void assignRoles(Set<Role> newRoles) {
        boolean platform = newRoles.contains(Role.PLATFORM_ADMIN);
        if (platform && organisationId != null) {
            throw new Refused(Refusal.about("roles", "user.roles.platformInsideOrganisation"));
        }
        if (!platform && organisationId == null) {
            throw new Refused(Refusal.about("roles", "user.roles.platformOnlyOutside"));
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Refuses a name or address the database could not keep; spaces around either are dropped. */
    void rename(String displayName, String email) {
        String name = UserDetailsPolicy.displayName(displayName);
        String address = UserDetailsPolicy.email(email);
        this.displayName = name;
        this.email = address;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    public AccountStatus status() {
        return AccountStatus.of(enabled);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }
}
