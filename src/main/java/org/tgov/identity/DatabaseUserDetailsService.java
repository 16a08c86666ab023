package org.tgov.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.internal.OrganisationRepository;
import org.tgov.identity.internal.UserRepository;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final OrganisationRepository organisations;

    DatabaseUserDetailsService(UserRepository users, OrganisationRepository organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        String organisationName = user.getOrganisationId() == null ? null
                : organisations.findById(user.getOrganisationId()).map(Organisation::getName).orElse(null);
        return new SignedInUser(user.getId(), user.getOrganisationId(), organisationName, user.getUsername(),
                user.getDisplayName(), user.getRoles(), user.isEnabled(), user.getPasswordHash());
    }
}
