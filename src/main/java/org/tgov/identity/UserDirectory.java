package org.tgov.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tgov.identity.internal.UserRepository;

/** Who is who in the current organisation, for other modules: names for ids, people to choose from. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    /** The users of the current organisation among {@code ids}, in one query, keyed by id. */
    public Map<Long, UserSummary> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.summariesOf(Tenancy.currentOrganisationId(), ids).stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /**
     * People's names for the usernames records keep ("recorded by"), in one query; a username of
     * nobody in the organisation any more (or "system") stands for itself.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        java.util.Set<String> wanted = usernames.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> names = new java.util.HashMap<>();
        wanted.forEach(username -> names.put(username, username));
        if (!wanted.isEmpty()) {
            users.summariesByUsername(Tenancy.currentOrganisationId(), wanted)
                    .forEach(user -> names.put(user.username(), user.displayName()));
        }
        return names;
    }

    /** Enabled users of the current organisation, by name. */
    public List<UserSummary> activeUsers() {
        return users.activeSummariesOf(Tenancy.currentOrganisationId());
    }
}
