package org.tgov.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, as far as the rest of the application needs to know:
 * who, in which organisation, with which roles. Kept in the session, so it holds no entity.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final Long organisationId;
    private final String organisationName;
    private final String username;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private String password;

    public SignedInUser(Long id, Long organisationId, String organisationName, String username, String displayName,
            Set<Role> roles, boolean enabled, String password) {
        this.id = id;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.username = username;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.password = password;
    }

    /** The person signed in on this thread, if any. */
    public static java.util.Optional<SignedInUser> current() {
        org.springframework.security.core.Authentication authentication =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? java.util.Optional.of(user) : java.util.Optional.empty();
    }

    public Long getId() {
        return id;
    }

    /** The organisation whose data this user sees; null for a platform administrator. */
    public Long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + "]";
    }
}
